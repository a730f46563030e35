import Link from 'next/link';
import { sourceSite } from '@/app/sources/source-labels';
import type { CitedSource } from '@/db/queries/sources';

interface Props {
  source: CitedSource | null;
  note?: string | null;
  /** Further sources of the same status (later announcements that said it again). */
  alsoReportedBy?: readonly CitedSource[];
}

/** "TheWrap, “…”"; a source given by its address alone by its site; else "announcement". */
function sourceLabel(source: CitedSource): string {
  const named = [source.publisher, source.title ? `“${source.title}”` : null].filter(Boolean).join(', ');
  return named || sourceSite(source.url) || 'announcement';
}

/** A link to the source's page in Laurels; on paper its own address follows it (globals.css, print). */
function SourceLink({ source }: { source: CitedSource }) {
  return (
    <Link href={`/sources/${source.id}`} data-print-address={source.url ?? undefined}>
      {sourceLabel(source)}
    </Link>
  );
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
          Source: <SourceLink source={source} />
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
              <SourceLink source={other} />
            </span>
          ))}
        </>
      ) : null}
    </span>
  );
}
