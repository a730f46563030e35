// The latest wins on the home page: film, category, edition and the source that reported each.
import Link from 'next/link';
import type { CitedSource } from '@/db/queries/sources';
import { NomineeInBrief, type NomineeView } from './award-nominee';
import { SourceCitation } from './source-citation';
import { StatusBadge } from './status-badge';

export interface LatestResultView extends NomineeView {
  eventId: number;
  note: string | null;
  category: string;
  editionSlug: string;
  editionName: string;
  awardSlug: string;
  source: CitedSource | null;
}

export function LatestResults({ results }: { results: readonly LatestResultView[] }) {
  if (!results.length) return <p className="muted">No results recorded yet.</p>;
  return (
    <ul className="plain home-results">
      {results.map((result) => (
        <li key={result.eventId}>
          <p>
            <StatusBadge status="won" /> <NomineeInBrief nominee={result} compact />
          </p>
          <p>
            {result.category},{' '}
            <Link href={`/awards/${result.awardSlug}/${result.editionSlug}`}>{result.editionName}</Link>
          </p>
          <p>
            <SourceCitation source={result.source} note={result.note} />
          </p>
        </li>
      ))}
    </ul>
  );
}
