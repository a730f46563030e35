// Which nominations the public JSON API lists, and in what order: filtered pages of all nominations,
// and the nominations of one film or person. The ids are chosen from the nominations table and its link
// tables (indexed), then described in bulk by api-nominations.ts.
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  awards,
  categories,
  editions,
  nominationFilms,
  nominationPeople,
  nominations,
  type NominationStatus,
} from '../schema';
import { loadApiNominations, type ApiNomination } from './api-nominations';
import { whenHeld } from './timeline';

export interface NominationFilter {
  awardId?: number;
  editionId?: number;
  filmId?: number;
  personId?: number;
  /** A category across the years (canonical_categories.id): every edition's category that is it. */
  canonicalCategoryId?: number;
  status?: NominationStatus;
}

function filterCondition(db: Executor, filter: NominationFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.editionId !== undefined) {
    conditions.push(
      inArray(
        nominations.categoryId,
        db.select({ id: categories.id }).from(categories).where(eq(categories.editionId, filter.editionId)),
      ),
    );
  } else if (filter.awardId !== undefined) {
    conditions.push(
      inArray(
        nominations.categoryId,
        db
          .select({ id: categories.id })
          .from(categories)
          .innerJoin(editions, eq(editions.id, categories.editionId))
          .where(eq(editions.awardId, filter.awardId)),
      ),
    );
  }
  if (filter.canonicalCategoryId !== undefined) {
    conditions.push(
      inArray(
        nominations.categoryId,
        db
          .select({ id: categories.id })
          .from(categories)
          .where(eq(categories.canonicalCategoryId, filter.canonicalCategoryId)),
      ),
    );
  }
  if (filter.filmId !== undefined) {
    const ids = db
      .select({ id: nominationFilms.nominationId })
      .from(nominationFilms)
      .where(eq(nominationFilms.filmId, filter.filmId));
    conditions.push(inArray(nominations.id, ids));
  }
  if (filter.personId !== undefined) {
    const ids = db
      .select({ id: nominationPeople.nominationId })
      .from(nominationPeople)
      .where(eq(nominationPeople.personId, filter.personId));
    conditions.push(inArray(nominations.id, ids));
  }
  if (filter.status !== undefined) conditions.push(eq(nominations.status, filter.status));
  return conditions.length ? and(...conditions) : undefined;
}

/**
 * One page of the nominations the filter selects, in id order (stable: ids never change or get reused),
 * with the total. The page is cut from the nominations table alone and only its rows are described.
 */
export async function listApiNominations(
  db: Executor,
  filter: NominationFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; nominations: ApiNomination[] }> {
  const where = filterCondition(db, filter);
  const [counted] = await db.select({ total: count() }).from(nominations).where(where);
  const idRows = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(where)
    .orderBy(asc(nominations.id))
    .limit(page.limit)
    .offset(page.offset);
  const ids = idRows.map((row) => row.id);
  const loaded = await loadApiNominations(db, ids);
  return { total: counted?.total ?? 0, nominations: ids.flatMap((id) => loaded.get(id) ?? []) };
}

/** The nominations of a film or person in the order they were decided, fully described. */
export async function listApiNominationsOf(
  db: Executor,
  filter: Pick<NominationFilter, 'filmId' | 'personId'>,
): Promise<ApiNomination[]> {
  const idRows = await db
    .select({ id: nominations.id })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(filterCondition(db, filter))
    .orderBy(asc(whenHeld), asc(awards.name), asc(categories.position), asc(categories.id), asc(nominations.id));
  const ids = idRows.map((row) => row.id);
  const loaded = await loadApiNominations(db, ids);
  return ids.flatMap((id) => loaded.get(id) ?? []);
}
