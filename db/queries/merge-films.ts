// Merging two records of the same film (see merge-records.ts for the steps): what a film hands over, the
// merge itself ('film.merge' in the audit log), its preview, and the films an editor may pick as the duplicate.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { films } from '../schema';
import { describeFilm } from './film-edit-errors';
import {
  MERGE_CANDIDATE_LIMIT,
  mergeCandidateCondition,
  mergeRecords,
  type MergeRequest,
  type MergeSpec,
  type MergeSummary,
} from './merge-records';

const FILM_MERGE: MergeSpec = {
  entity: 'film',
  table: 'films',
  nameColumn: 'title',
  foldedColumn: 'title_folded',
  aliasTable: 'film_aliases',
  ownerColumn: 'film_id',
  fillable: {
    original_title: 'Original title',
    year: 'Year',
    runtime_minutes: 'Runtime (minutes)',
    countries: 'Countries',
    synopsis: 'Synopsis',
    is_documentary: 'Documentary',
    imdb_id: 'IMDb id',
    wikidata_id: 'Wikidata id',
    tmdb_id: 'TMDB id',
  },
  identity: 'imdb_id',
  describe: (row) => describeFilm({ title: String(row.title), year: (row.year as number | null) ?? null }),
};

/** Merges film `fromId` into film `intoId` (the survivor), in one transaction. */
export function mergeFilm(db: Executor, request: MergeRequest): MergeSummary {
  return mergeRecords(db, FILM_MERGE, request);
}

/** What merging would do, worked out on the database as it is now and rolled back; throws MergeError when refused. */
export function previewFilmMerge(db: Executor, fromId: number, intoId: number): MergeSummary {
  return mergeRecords(
    db,
    FILM_MERGE,
    { fromId, intoId, expectedFromVersion: 0, expectedIntoVersion: 0, actor: 'preview' },
    true,
  );
}

const columns = {
  id: films.id,
  slug: films.slug,
  title: films.title,
  year: films.year,
  imdbId: films.imdbId,
  version: films.version,
};

/** Films an editor may mean by `text` (mergeCandidateCondition), by title then year. */
export async function findFilmMergeCandidates(db: Executor, text: string, survivorId: number) {
  const { id, slug, imdbId, titleFolded: folded } = films;
  const where = await mergeCandidateCondition(db, text, survivorId, 'film', { id, slug, imdbId, folded });
  if (!where) return [];
  return db
    .select(columns)
    .from(films)
    .where(where)
    .orderBy(asc(films.titleFolded), asc(films.year))
    .limit(MERGE_CANDIDATE_LIMIT)
    .all();
}

/** The film as the merge page shows it, with its version. */
export async function getFilmForMerge(db: Executor, slug: string) {
  return db.select(columns).from(films).where(eq(films.slug, slug)).get();
}
