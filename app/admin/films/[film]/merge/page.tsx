// Merging a duplicate film into this one. The film whose page this is survives; the editor finds the
// duplicate (by title, or by pasting its address), sees what will move, and confirms. Addressed by the kept
// film's slug; the slug of a film merged away leads to its survivor's merge page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { findFilmMergeCandidates, getFilmForMerge, previewFilmMerge } from '@/db/queries/merge-films';
import { MergeError, type MergeSummary } from '@/db/queries/merge-records';
import { labelNominations } from '@/db/queries/merge-preview';
import { findRedirectSlug } from '@/db/queries/redirects';
import { MergeConfirmForm } from '@/app/admin/_merge/merge-confirm-form';
import { MergePreview } from '@/app/admin/_merge/merge-preview';
import { searchParam } from '@/app/admin/_merge/merge-schema';
import { MergeSearchForm } from '@/app/admin/_merge/merge-search-form';
import { mergeFilmAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Merge films', robots: { index: false } };

type Props = {
  params: Promise<{ film: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const label = (film: { title: string; year: number | null }) =>
  film.year ? `${film.title} (${film.year})` : film.title;

export default async function FilmMergePage({ params, searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const db = getDb();
  const { film: slug } = await params;
  const survivor = await getFilmForMerge(db, slug);
  if (!survivor) {
    const moved = await findRedirectSlug(db, 'film', slug);
    if (moved) redirect(`/admin/films/${moved}/merge`);
    notFound();
  }
  const query = searchParam((await searchParams).q);
  const here = `/admin/films/${survivor.slug}/merge`;
  const candidates = await findFilmMergeCandidates(db, query, survivor.id);
  // An address pasted, or the only match, goes straight to the preview (which still asks to confirm).
  const picked =
    candidates.find((c) => c.slug === query.toLowerCase()) ?? (candidates.length === 1 ? candidates[0] : undefined);
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: `Edit ${survivor.title}`, href: `/admin/films/${survivor.slug}` },
          { label: 'Merge' },
        ]}
      />
      <h1>Merge a duplicate into {label(survivor)}</h1>
      <p className="lede">
        This film is kept. The film you pick is the duplicate: its nominations, credits and aliases move here, it is
        deleted, and its address leads to this film’s page.
      </p>
      <MergeSearchForm action={here} label="Duplicate film: title or address" query={query} />
      {query && !picked ? (
        candidates.length ? (
          <ul aria-label="Matching films">
            {candidates.map((film) => (
              <li key={film.id}>
                <Link href={`${here}?q=${encodeURIComponent(film.slug)}`}>{label(film)}</Link>{' '}
                <span className="muted">
                  {film.slug}
                  {film.imdbId ? ` · ${film.imdbId}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">No other film matches “{query}”.</p>
        )
      ) : null}
      {picked ? <Preview survivor={survivor} duplicate={picked} /> : null}
    </>
  );
}

type FilmForMerge = NonNullable<Awaited<ReturnType<typeof getFilmForMerge>>>;

async function Preview({ survivor, duplicate }: { survivor: FilmForMerge; duplicate: FilmForMerge }) {
  const db = getDb();
  let summary: MergeSummary;
  try {
    summary = previewFilmMerge(db, duplicate.id, survivor.id);
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    return (
      <p role="alert" className="form-error">
        {error.message}
      </p>
    );
  }
  const { relinkedIds, merged } = summary.nominations;
  const labels = await labelNominations(db, [...relinkedIds, ...merged.map((m) => m.keptId)]);
  return (
    <>
      <MergePreview summary={summary} labels={labels} noun="film" />
      <MergeConfirmForm
        action={mergeFilmAction}
        fromId={duplicate.id}
        intoId={survivor.id}
        expectedFromVersion={duplicate.version}
        expectedIntoVersion={survivor.version}
        label={`Merge “${label(duplicate)}” into “${label(survivor)}”`}
      />
    </>
  );
}
