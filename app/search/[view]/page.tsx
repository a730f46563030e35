// /search?q=… as rendered: proxy.ts rewrites it here with the query in the path (app/_lib/cached-views.ts),
// so each distinct search is rendered on its first request and then served from db/page-cache.cjs until
// the database changes.
import type { Metadata } from 'next';
import { undatedViewParams } from '@/app/_lib/cached-view-page';
import { searchMetadata, SearchView } from '../search-view';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string }> };

const readView = async (params: Props['params']) => undatedViewParams((await params).view);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await readView(params));
}

export default async function CachedSearchPage({ params }: Props) {
  return <SearchView raw={await readView(params)} />;
}
