// /sources/N?page=… as rendered: proxy.ts rewrites it here with the query in the path
// (app/_lib/cached-views.ts), so each page of a source's statuses is rendered on its first request and
// then served from db/page-cache.cjs until the database changes.
import type { Metadata } from 'next';
import { undatedViewParams } from '@/app/_lib/cached-view-page';
import { sourceMetadata, SourceView } from '../source-view';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ source: string; view: string }> };

async function readView(params: Props['params']) {
  const { source, view } = await params;
  return { rawId: source, raw: undatedViewParams(view) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourceMetadata((await readView(params)).rawId);
}

export default async function CachedSourcePage({ params }: Props) {
  return <SourceView {...await readView(params)} />;
}
