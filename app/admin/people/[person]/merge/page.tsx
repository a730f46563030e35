// Merging a duplicate record of a person (or company) into this one, addressed by the kept person's slug:
// the shared merge page (app/admin/_merge/merge-page.tsx) with the person's queries, action and wording.
import type { Metadata } from 'next';
import { requireUser } from '@/app/_lib/auth';
import { MergePage, type MergeKind } from '@/app/admin/_merge/merge-page';
import { searchParam } from '@/app/admin/_merge/merge-schema';
import { findPersonMergeCandidates, getPersonForMerge, previewPersonMerge } from '@/db/queries/merge-people';
import { mergePersonAction } from './actions';
import { pageParams } from '@/app/_lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Merge people', robots: { index: false } };

type Props = {
  params: Promise<{ person: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

type PersonForMerge = NonNullable<Awaited<ReturnType<typeof getPersonForMerge>>>;

const PERSON: MergeKind<PersonForMerge> = {
  entity: 'person',
  load: getPersonForMerge,
  findCandidates: findPersonMergeCandidates,
  preview: previewPersonMerge,
  action: mergePersonAction,
  name: (person) => person.name,
  label: (person) => person.name,
  lede:
    'This record is kept. The one you pick is the duplicate: its nominations, credits and aliases move here, it ' +
    'is deleted, and its address leads to this person’s page.',
  searchLabel: 'Duplicate person: name or address',
  plural: 'people',
};

export default async function PersonMergePage({ params, searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const [{ person: slug }, { q }] = await Promise.all([pageParams(params), searchParams]);
  return <MergePage kind={PERSON} slug={slug} query={searchParam(q)} />;
}
