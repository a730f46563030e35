// Merging a duplicate record of a person (or company) into this one. The person whose page this is survives;
// the editor finds the duplicate (by name, or by pasting its address), sees what will move, and confirms.
// Addressed by the kept person's slug; the slug of a person merged away leads to its survivor's merge page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { findPersonMergeCandidates, getPersonForMerge, previewPersonMerge } from '@/db/queries/merge-people';
import { MergeError, type MergeSummary } from '@/db/queries/merge-records';
import { labelNominations } from '@/db/queries/merge-preview';
import { findRedirectSlug } from '@/db/queries/redirects';
import { MergeConfirmForm } from '@/app/admin/_merge/merge-confirm-form';
import { MergePreview } from '@/app/admin/_merge/merge-preview';
import { searchParam } from '@/app/admin/_merge/merge-schema';
import { MergeSearchForm } from '@/app/admin/_merge/merge-search-form';
import { mergePersonAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Merge people', robots: { index: false } };

type Props = {
  params: Promise<{ person: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const label = (person: { name: string }) => person.name;

export default async function PersonMergePage({ params, searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const db = getDb();
  const { person: slug } = await params;
  const survivor = await getPersonForMerge(db, slug);
  if (!survivor) {
    const moved = await findRedirectSlug(db, 'person', slug);
    if (moved) redirect(`/admin/people/${moved}/merge`);
    notFound();
  }
  const query = searchParam((await searchParams).q);
  const here = `/admin/people/${survivor.slug}/merge`;
  const candidates = await findPersonMergeCandidates(db, query, survivor.id);
  // An address pasted, or the only match, goes straight to the preview (which still asks to confirm).
  const picked =
    candidates.find((c) => c.slug === query.toLowerCase()) ?? (candidates.length === 1 ? candidates[0] : undefined);
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: `Edit ${survivor.name}`, href: `/admin/people/${survivor.slug}` },
          { label: 'Merge' },
        ]}
      />
      <h1>Merge a duplicate into {label(survivor)}</h1>
      <p className="lede">
        This record is kept. The one you pick is the duplicate: its nominations, credits and aliases move here, it is
        deleted, and its address leads to this person’s page.
      </p>
      <MergeSearchForm action={here} label="Duplicate person: name or address" query={query} />
      {query && !picked ? (
        candidates.length ? (
          <ul aria-label="Matching people">
            {candidates.map((person) => (
              <li key={person.id}>
                <Link href={`${here}?q=${encodeURIComponent(person.slug)}`}>{label(person)}</Link>{' '}
                <span className="muted">
                  {person.slug}
                  {person.imdbId ? ` · ${person.imdbId}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">No other person matches “{query}”.</p>
        )
      ) : null}
      {picked ? <Preview survivor={survivor} duplicate={picked} /> : null}
    </>
  );
}

type PersonForMerge = NonNullable<Awaited<ReturnType<typeof getPersonForMerge>>>;

async function Preview({ survivor, duplicate }: { survivor: PersonForMerge; duplicate: PersonForMerge }) {
  const db = getDb();
  let summary: MergeSummary;
  try {
    summary = previewPersonMerge(db, duplicate.id, survivor.id);
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
      <MergePreview summary={summary} labels={labels} noun="person" />
      <MergeConfirmForm
        action={mergePersonAction}
        fromId={duplicate.id}
        intoId={survivor.id}
        expectedFromVersion={duplicate.version}
        expectedIntoVersion={survivor.version}
        label={`Merge “${label(duplicate)}” into “${label(survivor)}”`}
      />
    </>
  );
}
