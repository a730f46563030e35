// /sources as asked for: proxy.ts rewrites it to ./-/[view] (rendered once per database version); this
// route answers only a request that reached it otherwise, with the same content.
import { SourcesList, sourcesListMetadata } from './sources-list';

export const dynamic = 'force-dynamic';
export const metadata = sourcesListMetadata;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ searchParams }: Props) {
  return <SourcesList raw={await searchParams} />;
}
