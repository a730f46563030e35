// /search as asked for: proxy.ts rewrites nearly every search to ./[view] (rendered once per database
// version). What reaches this route is a query string too long to be worth a cache slot (see
// app/_lib/cached-views.ts MAX_CACHED_QUERY), rendered on every request, with the same content.
import type { Metadata } from 'next';
import { searchMetadata, SearchView } from './search-view';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await searchParams);
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView raw={await searchParams} />;
}
