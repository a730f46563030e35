// Merging two records of the same person or company (see merge-records.ts for the steps): what a person
// hands over, the merge itself ('person.merge' in the audit log), its preview, and the candidates to pick.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { people } from '../schema';
import {
  MERGE_CANDIDATE_LIMIT,
  mergeCandidateCondition,
  mergeRecords,
  type MergeRequest,
  type MergeSpec,
  type MergeSummary,
} from './merge-records';

const PERSON_MERGE: MergeSpec = {
  entity: 'person',
  table: 'people',
  nameColumn: 'name',
  foldedColumn: 'name_folded',
  aliasTable: 'person_aliases',
  ownerColumn: 'person_id',
  fillable: { imdb_id: 'IMDb id', wikidata_id: 'Wikidata id', tmdb_id: 'TMDB id' },
  identity: 'imdb_id',
  describe: (row) => `“${String(row.name)}”`,
};

/** Merges person `fromId` into person `intoId` (the survivor), in one transaction. */
export function mergePerson(db: Executor, request: MergeRequest): MergeSummary {
  return mergeRecords(db, PERSON_MERGE, request);
}

/** What merging would do, worked out on the database as it is now and rolled back; throws MergeError when refused. */
export function previewPersonMerge(db: Executor, fromId: number, intoId: number): MergeSummary {
  return mergeRecords(
    db,
    PERSON_MERGE,
    { fromId, intoId, expectedFromVersion: 0, expectedIntoVersion: 0, actor: 'preview' },
    true,
  );
}

const columns = {
  id: people.id,
  slug: people.slug,
  name: people.name,
  kind: people.kind,
  imdbId: people.imdbId,
  version: people.version,
};

/** People an editor may mean by `text` (mergeCandidateCondition), by name. */
export async function findPersonMergeCandidates(db: Executor, text: string, survivorId: number) {
  const { id, slug, imdbId, nameFolded: folded } = people;
  const where = await mergeCandidateCondition(db, text, survivorId, 'person', { id, slug, imdbId, folded });
  if (!where) return [];
  return db
    .select(columns)
    .from(people)
    .where(where)
    .orderBy(asc(people.nameFolded))
    .limit(MERGE_CANDIDATE_LIMIT)
    .all();
}

/** The person as the merge page shows them, with their version. */
export async function getPersonForMerge(db: Executor, slug: string) {
  return db.select(columns).from(people).where(eq(people.slug, slug)).get();
}
