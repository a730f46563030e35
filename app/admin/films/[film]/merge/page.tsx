// Merging a duplicate film into this one, addressed by the kept film's slug: the shared merge page
// (app/admin/_merge/merge-page.tsx) with the film's queries, action and wording.
import type { Metadata } from 'next';
import { requireUser } from '@/app/_lib/auth';
import { MergePage, type MergeKind } from '@/app/admin/_merge/merge-page';
import { searchParam } from '@/app/admin/_merge/merge-schema';
import { findFilmMergeCandidates, getFilmForMerge, previewFilmMerge } from '@/db/queries/merge-films';
import { mergeFilmAction } from './actions';
import { pageParams } from '@/app/_lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Merge films', robots: { index: false } };

type Props = {
  params: Promise<{ film: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

type FilmForMerge = NonNullable<Awaited<ReturnType<typeof getFilmForMerge>>>;

const FILM: MergeKind<FilmForMerge> = {
  entity: 'film',
  load: getFilmForMerge,
  findCandidates: findFilmMergeCandidates,
  preview: previewFilmMerge,
  action: mergeFilmAction,
  name: (film) => film.title,
  label: (film) => (film.year ? `${film.title} (${film.year})` : film.title),
  lede:
    'This film is kept. The film you pick is the duplicate: its nominations, credits and aliases move here, it is ' +
    'deleted, and its address leads to this film’s page.',
  searchLabel: 'Duplicate film: title or address',
  plural: 'films',
};

export default async function FilmMergePage({ params, searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const [{ film: slug }, { q }] = await Promise.all([pageParams(params), searchParams]);
  return <MergePage kind={FILM} slug={slug} query={searchParam(q)} />;
}
