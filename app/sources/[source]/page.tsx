// /sources/N as asked for: proxy.ts rewrites every ordinary request to ./[view] (rendered once per
// database version); this route answers only a request that reached it otherwise, with the same content.
import type { Metadata } from 'next';
import { sourceMetadata, SourceView } from './source-view';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ source: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourceMetadata((await params).source);
}

export default async function SourcePage({ params, searchParams }: Props) {
  return <SourceView rawId={(await params).source} raw={await searchParams} />;
}
