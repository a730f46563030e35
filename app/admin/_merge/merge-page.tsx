// The merge page a film and a person share: the record whose page this is survives; the editor finds the
// duplicate (by title or name, or by pasting its address), sees what will move, and confirms. The entity's
// own page passes in its queries, its action and its wording; the slug of a record merged away leads to its
// survivor's merge page.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import type { FormAction } from '@/app/_lib/action';
import { getDb, type Executor } from '@/db/client';
import type { MergeEntity } from '@/db/queries/merge-nominations';
import { MergeError, type MergeSummary } from '@/db/queries/merge-records';
import { labelNominations } from '@/db/queries/merge-preview';
import { findRedirectSlug } from '@/db/queries/redirects';
import { MergeConfirmForm } from './merge-confirm-form';
import { ADMIN_PATHS } from './merge-notice';
import { MergePreview } from './merge-preview';
import { MergeSearchForm } from './merge-search-form';

export interface MergeRecord {
  id: number;
  slug: string;
  version: number;
  imdbId: string | null;
}

/** What differs between merging films and merging people. */
export interface MergeKind<R extends MergeRecord> {
  entity: MergeEntity;
  load: (db: Executor, slug: string) => Promise<R | undefined>;
  findCandidates: (db: Executor, query: string, survivorId: number) => Promise<R[]>;
  preview: (db: Executor, fromId: number, intoId: number) => MergeSummary;
  action: FormAction<unknown>;
  /** The record's name as the breadcrumb shows it, and as the lists and buttons show it. */
  name: (record: R) => string;
  label: (record: R) => string;
  lede: string;
  searchLabel: string;
  /** The plural for the list of matches ("Matching films"). */
  plural: string;
}

interface Props<R extends MergeRecord> {
  kind: MergeKind<R>;
  slug: string;
  query: string;
}

export async function MergePage<R extends MergeRecord>({ kind, slug, query }: Props<R>) {
  const db = getDb();
  const survivor = await kind.load(db, slug);
  if (!survivor) {
    const moved = await findRedirectSlug(db, kind.entity, slug);
    if (moved) redirect(`${ADMIN_PATHS[kind.entity]}/${encodeURIComponent(moved)}/merge`);
    notFound();
  }
  const here = `${ADMIN_PATHS[kind.entity]}/${survivor.slug}/merge`;
  const candidates = await kind.findCandidates(db, query, survivor.id);
  // An address pasted, or the only match, goes straight to the preview (which still asks to confirm).
  const picked =
    candidates.find((c) => c.slug === query.toLowerCase()) ?? (candidates.length === 1 ? candidates[0] : undefined);
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: `Edit ${kind.name(survivor)}`, href: `${ADMIN_PATHS[kind.entity]}/${survivor.slug}` },
          { label: 'Merge' },
        ]}
      />
      <h1>Merge a duplicate into {kind.label(survivor)}</h1>
      <p className="lede">{kind.lede}</p>
      <MergeSearchForm action={here} label={kind.searchLabel} query={query} />
      {query && !picked ? (
        candidates.length ? (
          <ul aria-label={`Matching ${kind.plural}`}>
            {candidates.map((record) => (
              <li key={record.id}>
                <Link href={`${here}?q=${encodeURIComponent(record.slug)}`}>{kind.label(record)}</Link>{' '}
                <span className="muted">
                  {record.slug}
                  {record.imdbId ? ` · ${record.imdbId}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">
            No other {kind.entity} matches “{query}”.
          </p>
        )
      ) : null}
      {picked ? <Preview kind={kind} survivor={survivor} duplicate={picked} /> : null}
    </>
  );
}

async function Preview<R extends MergeRecord>({
  kind,
  survivor,
  duplicate,
}: {
  kind: MergeKind<R>;
  survivor: R;
  duplicate: R;
}) {
  const db = getDb();
  let summary: MergeSummary;
  try {
    summary = kind.preview(db, duplicate.id, survivor.id);
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    return (
      <p role="alert" className="form-error">
        {error.message}
      </p>
    );
  }
  const { relinkedIds, merged } = summary.nominations;
  const labels = await labelNominations(db, [...relinkedIds, ...merged.flatMap((m) => [m.keptId, m.removedId])]);
  return (
    <>
      <MergePreview summary={summary} labels={labels} noun={kind.entity} />
      <MergeConfirmForm
        action={kind.action}
        fromId={duplicate.id}
        intoId={survivor.id}
        expectedFromVersion={duplicate.version}
        expectedIntoVersion={survivor.version}
        label={`Merge “${kind.label(duplicate)}” into “${kind.label(survivor)}”`}
      />
    </>
  );
}
