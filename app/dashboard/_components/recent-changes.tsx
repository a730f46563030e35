// The latest status changes across every award, each with the nominee, the category and edition, and
// the source it rests on (or the editor's note).
import Link from 'next/link';
import type { RecentStatusChange } from '@/db/queries/dashboard-activity';
import { IsoDate } from '@/app/_components/award-date';
import { SourceCitation } from '@/app/_components/source-citation';
import { StatusBadge } from '@/app/_components/status-badge';

function Nominee({ change }: { change: RecentStatusChange }) {
  if (change.filmSlug && change.filmTitle) return <Link href={`/films/${change.filmSlug}`}>{change.filmTitle}</Link>;
  return <>{change.nomineeName ?? 'A nominee'}</>;
}

export function RecentChanges({ changes }: { changes: RecentStatusChange[] }) {
  if (!changes.length) return <p className="muted">No status has been recorded yet.</p>;
  return (
    <ol className="plain recent-changes">
      {changes.map((change) => (
        <li key={change.eventId}>
          <p>
            <strong>
              <Nominee change={change} />
            </strong>{' '}
            <StatusBadge status={change.toStatus} /> in {change.categoryName},{' '}
            <Link href={`/awards/${change.awardSlug}/${change.editionSlug}`}>{change.editionName}</Link>
          </p>
          <p className="muted">
            Recorded <IsoDate value={change.recordedAt} />
            {change.occurredOn ? (
              <>
                {' '}
                (happened <IsoDate value={change.occurredOn} />)
              </>
            ) : null}
            {' · '}
            <SourceCitation source={change.source} note={change.note} />
          </p>
        </li>
      ))}
    </ol>
  );
}
