// The review queue: candidate facts the ingestion job could not apply by itself, oldest first. An editor
// accepts one (when it matches the catalogue fully), rejects it, or opens it to correct it or to merge
// the film it names into an existing one (/admin/review/<id>).
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { getCandidateForReview, listPendingCandidates } from '@/db/queries/candidates/queue';
import { CandidateSummary } from './_components/candidate-summary';
import { AcceptForm, RejectForm } from './_components/decision-forms';
import { decidedWhy } from './decided-why';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review queue', robots: { index: false } };

type Props = { searchParams: Promise<{ decided?: string }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  await requireUser('editor');
  const db = getDb();
  const decidedId = Number((await searchParams).decided);
  const decided = Number.isInteger(decidedId) && decidedId > 0 ? await getCandidateForReview(db, decidedId) : undefined;
  const pending = await listPendingCandidates(db);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Review queue' }]} />
      <h1>Review queue</h1>
      {decided && decided.state !== 'pending' ? (
        <p role="status" className="notice">
          “{decided.film}”: {decided.state}
          {decidedWhy(decided.state, decided.reason)}.
          {decided.state === 'accepted' && decided.filmSlug ? (
            <>
              {' '}
              <Link href={`/films/${decided.filmSlug}`}>See {decided.filmTitle} on its public page</Link>.
            </>
          ) : null}
        </p>
      ) : null}
      <p className="lede">
        What announcements say that could not be applied by itself, oldest first. Accepting one records it with the
        announcement as its source.
      </p>
      {pending.length ? (
        <ol className="review-queue">
          {pending.map((candidate) => {
            const label = `${candidate.film}, ${candidate.status}`;
            return (
              <li key={candidate.id} className="review-candidate">
                <h2>{candidate.film}</h2>
                <CandidateSummary candidate={candidate} />
                <div className="review-actions">
                  {candidate.categoryId && candidate.filmId ? (
                    <AcceptForm candidateId={candidate.id} version={candidate.version} label={label} />
                  ) : null}
                  <Link href={`/admin/review/${candidate.id}`} aria-label={`Correct or merge: ${label}`}>
                    Correct then accept, or merge the film
                  </Link>
                  <RejectForm candidateId={candidate.id} version={candidate.version} label={label} />
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="notice">Nothing waits for review.</p>
      )}
    </>
  );
}
