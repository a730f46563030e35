// /search?q=… as rendered: proxy.ts rewrites it here with the query in the path (app/_lib/cached-views.ts),
// so each distinct search is rendered on its first request and then served from db/page-cache.cjs until
// the database changes.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { decodeView } from '@/app/_lib/cached-views';
import { searchMetadata, SearchView } from '../search-view';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string }> };

async function readView(params: Props['params']) {
  const view = decodeView((await params).view);
  if (!view || view.day !== null) notFound();
  return view.params;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await readView(params));
}

export default async function CachedSearchPage({ params }: Props) {
  return <SearchView raw={await readView(params)} />;
}
