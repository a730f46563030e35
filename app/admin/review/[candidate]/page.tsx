// One pending candidate, to correct before accepting (award and edition picked by a GET form, then the
// category, film and status) or to merge the film it names into an existing one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { categoryNamedIn, getCandidateForReview, listReviewChoices } from '@/db/queries/candidates/queue';
import { CandidateSummary } from '../_components/candidate-summary';
import { RejectForm } from '../_components/decision-forms';
import { CorrectForm } from './_components/correct-form';
import { EditionPicker } from './_components/edition-picker';
import { MergeForm } from './_components/merge-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review a candidate', robots: { index: false } };

type Props = {
  params: Promise<{ candidate: string }>;
  searchParams: Promise<{ award?: string; edition?: string }>;
};

function idOf(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export default async function ReviewCandidatePage({ params, searchParams }: Props) {
  await requireUser('editor');
  const id = idOf((await params).candidate);
  const db = getDb();
  const candidate = id ? await getCandidateForReview(db, id) : undefined;
  if (!candidate) notFound();
  const query = await searchParams;
  const awardId = idOf(query.award) ?? candidate.awardId;
  // The matched edition only while the matched award is the one picked.
  const editionId = idOf(query.edition) ?? (awardId === candidate.awardId ? candidate.editionId : null);
  const choices = await listReviewChoices(db, awardId, editionId);
  const edition = choices.editions.find((choice) => choice.id === editionId);
  // Ceremony and awards years differ by one for many awards; more than that is another edition.
  const isOtherYear = edition !== undefined && candidate.year !== null && Math.abs(edition.year - candidate.year) > 1;
  const trail = [
    { label: 'Admin', href: '/admin' },
    { label: 'Review queue', href: '/admin/review' },
    { label: candidate.film },
  ];
  return (
    <>
      <Breadcrumbs trail={trail} />
      <h1>Review: {candidate.film}</h1>
      <CandidateSummary candidate={candidate} />
      {candidate.state !== 'pending' ? (
        <p className="notice">
          This candidate was already {candidate.state}. <Link href="/admin/review">Back to the queue</Link>
        </p>
      ) : (
        <>
          <EditionPicker awards={choices.awards} editions={choices.editions} awardId={awardId} editionId={editionId} />
          {isOtherYear ? (
            <p role="status" className="notice">
              The announcement gives the year {candidate.year}, and {edition.name} is the awards year {edition.year}:
              check that this is the edition it reports on before accepting.
            </p>
          ) : null}
          {choices.categories.length ? (
            <CorrectForm
              candidateId={candidate.id}
              version={candidate.version}
              categories={choices.categories}
              defaults={{
                categoryId:
                  editionId === candidate.editionId
                    ? candidate.categoryId
                    : categoryNamedIn(db, editionId, candidate.category),
                status: candidate.status,
                filmTitle: candidate.filmTitle ?? candidate.film,
                filmYear: '',
              }}
            />
          ) : (
            <p className="notice">Pick an award and an edition with categories to correct the candidate.</p>
          )}
          <MergeForm candidateId={candidate.id} version={candidate.version} />
          <section aria-labelledby="reject-heading">
            <h2 id="reject-heading">Or reject it</h2>
            <RejectForm
              candidateId={candidate.id}
              version={candidate.version}
              label={`${candidate.film}, ${candidate.status}`}
            />
          </section>
        </>
      )}
    </>
  );
}
