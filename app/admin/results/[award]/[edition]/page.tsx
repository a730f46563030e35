// Ceremony night: one screen per edition where an editor enters the results as they are read out. Every
// category in the award's order with its nominees, one button per nominee to mark or undo a winner, and
// one per category to close it (the others lose) or reopen it. Addressed like the public edition page
// (/admin/results/ida-documentary-awards/2016 beside /awards/ida-documentary-awards/2016). Another editor's
// click re-renders the screen in place (/api/live), so each sees what is true before the next click; a
// click on a screen that has not caught up yet is still refused by the state tokens.
import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportLinks } from '@/app/_components/export-links';
import { notFound, redirect } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { LiveRefresh } from '@/app/_components/live-refresh';
import { getDb } from '@/db/client';
import { getAwardBySlug, getEdition, matchEditionSlug } from '@/db/queries/awards';
import { listResultsSheet } from '@/db/queries/results-sheet';
import { ResultFormsProvider } from './_components/result-form-state';
import { ResultsCategory } from './_components/results-category';
import { ResultsJumpList } from './_components/results-jump-list';
import { pageParams } from '@/app/_lib/page-params';
import { DeletedNotice } from '@/app/admin/_delete/deleted-notice';

export const metadata: Metadata = { title: 'Enter results', robots: { index: false } };

type Props = {
  params: Promise<{ award: string; edition: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ResultsEntryPage({ params, searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const { award: awardSlug, edition: editionSlug } = await pageParams(params);
  const db = getDb();
  const edition = await getEdition(db, awardSlug, editionSlug);
  if (!edition) {
    // "/admin/results/academy-awards/89" leads to the 89th, as the public page does; never a guess.
    const award = await getAwardBySlug(db, awardSlug.toLowerCase());
    const match = award ? await matchEditionSlug(db, award.id, editionSlug) : { kind: 'none' as const };
    if (award && match.kind === 'one') redirect(`/admin/results/${award.slug}/${encodeURIComponent(match.slug)}`);
    notFound();
  }

  const categories = await listResultsSheet(db, edition.id);
  const publicPath = `/awards/${edition.awardSlug}/${encodeURIComponent(edition.slug)}`;
  return (
    <ResultFormsProvider>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: 'Results', href: '/admin/results' },
          { label: edition.name },
        ]}
      />
      <h1>Results: {edition.name}</h1>
      <LiveRefresh edition={`${edition.awardSlug}/${edition.slug}`} />
      <DeletedNotice search={await searchParams} />
      <p className="lede">
        Each click is saved at once and shows on the <Link href={publicPath}>public edition page</Link>. Several winners
        in one category make a tie; closing a category marks every nominee still nominated as lost.
      </p>
      <p>
        <Link href={`/admin/editions/${edition.awardSlug}/${encodeURIComponent(edition.slug)}`}>
          Edit the edition&rsquo;s details and dates
        </Link>
      </p>
      <ExportLinks scope="edition" value={`${edition.awardSlug}/${edition.slug}`} label="this edition's nominations" />
      {categories.length ? (
        <>
          <ResultsJumpList categories={categories} />
          {categories.map((category) => (
            <ResultsCategory key={category.id} category={category} />
          ))}
        </>
      ) : (
        <p className="notice">No categories of this edition are recorded yet.</p>
      )}
    </ResultFormsProvider>
  );
}
