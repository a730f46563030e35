// /sources?page=… as rendered: proxy.ts rewrites it here with the query in the path
// (app/_lib/cached-views.ts), so each page of the list is rendered on its first request and then served
// from db/page-cache.cjs until the database changes.
import { undatedViewParams } from '@/app/_lib/cached-view-page';
import { SourcesList, sourcesListMetadata } from '../../sources-list';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export const metadata = sourcesListMetadata;

export default async function CachedSourcesPage({ params }: { params: Promise<{ view: string }> }) {
  return <SourcesList raw={undatedViewParams((await params).view)} />;
}
