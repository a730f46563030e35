import Link from 'next/link';
import type { CitedSource } from '@/db/queries/sources';

interface Props {
  source: CitedSource | null;
  note?: string | null;
  /** Further sources of the same status (later announcements that said it again). */
  alsoReportedBy?: readonly CitedSource[];
}

function sourceLabel(source: CitedSource): string {
  return [source.publisher, source.title ? `“${source.title}”` : null].filter(Boolean).join(', ') || 'announcement';
}

/**
 * "Source: TheWrap, 'OJ: Made in America' Wins Top Prize…", then "also reported by …" for any further
 * sources. Each links to the source's page in Laurels, which shows what we hold of it and links out.
 */
export function SourceCitation({ source, note, alsoReportedBy = [] }: Props) {
  const further = alsoReportedBy.filter((other) => other.id !== source?.id);
  if (!source && !note && !further.length) return null;
  return (
    <span className="source">
      {source ? (
        <>
          Source: <Link href={`/sources/${source.id}`}>{sourceLabel(source)}</Link>
          {source.publishedOn ? ` (${source.publishedOn})` : null}
          {note ? ` · ${note}` : null}
        </>
      ) : note ? (
        `Note: ${note}`
      ) : null}
      {further.length ? (
        <>
          {source || note ? ' · ' : null}
          also reported by{' '}
          {further.map((other, i) => (
            <span key={other.id}>
              {i > 0 ? ', ' : null}
              <Link href={`/sources/${other.id}`}>{sourceLabel(other)}</Link>
            </span>
          ))}
        </>
      ) : null}
    </span>
  );
}
