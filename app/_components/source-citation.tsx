import Link from 'next/link';
import type { CitedSource } from '@/db/queries/sources';

/**
 * "Source: TheWrap, 'OJ: Made in America' Wins Top Prize…". Links to the source's page in Laurels,
 * which shows what we hold of it and links out to the original.
 */
export function SourceCitation({ source, note }: { source: CitedSource | null; note?: string | null }) {
  if (!source) return note ? <span className="source">Note: {note}</span> : null;
  const label = [source.publisher, source.title ? `“${source.title}”` : null].filter(Boolean).join(', ');
  return (
    <span className="source">
      Source: <Link href={`/sources/${source.id}`}>{label || 'announcement'}</Link>
      {source.publishedOn ? ` (${source.publishedOn})` : null}
      {note ? ` · ${note}` : null}
    </span>
  );
}
