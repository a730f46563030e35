// One candidate as the review queue shows it: what the announcement says (with its sentence and a link
// to the announcement's source page), the other announcements that say the same, what it matched in the
// catalogue, and why it waits.
import Link from 'next/link';
import { Fragment } from 'react';
import type { QueueCandidate } from '@/db/queries/candidates/queue';

function matched(value: string | null) {
  return value ?? <em className="muted">not matched</em>;
}

export function CandidateSummary({ candidate }: { candidate: QueueCandidate }) {
  const stated = [candidate.category, candidate.award, candidate.year].filter((part) => part != null).join(', ');
  return (
    <>
      <p>
        <strong>{candidate.film}</strong>: {candidate.status}
        {stated ? ` (${stated})` : ''} — confidence {candidate.confidence}
      </p>
      <p>
        From the announcement{' '}
        <Link href={`/sources/${candidate.announcementSourceId}`}>
          {candidate.announcementTitle ?? candidate.announcementUrl ?? 'untitled'}
        </Link>
        :
      </p>
      <blockquote className="review-evidence">{candidate.evidence}</blockquote>
      {candidate.alsoReportedBy.length ? (
        <p>
          Also reported by{' '}
          {candidate.alsoReportedBy.map((report, i) => (
            <Fragment key={i}>
              {i ? ', ' : ''}
              <Link href={`/sources/${report.sourceId}`}>{report.title ?? report.url ?? 'untitled'}</Link>
            </Fragment>
          ))}
          : deciding this decides {candidate.alsoReportedBy.length === 1 ? 'that report' : 'those reports'} too.
        </p>
      ) : null}
      <dl className="review-match">
        <dt>Award</dt>
        <dd>{matched(candidate.awardName)}</dd>
        <dt>Edition</dt>
        <dd>{matched(candidate.editionName)}</dd>
        <dt>Category</dt>
        <dd>{matched(candidate.categoryName)}</dd>
        <dt>Film</dt>
        <dd>
          {candidate.filmSlug ? (
            <Link href={`/films/${candidate.filmSlug}`}>{candidate.filmTitle}</Link>
          ) : (
            matched(null)
          )}
        </dd>
        <dt>Why it waits</dt>
        <dd>{candidate.reason ?? '—'}</dd>
      </dl>
    </>
  );
}
