// Reads of the catalogue for the public JSON API that the pages' own queries do not already give:
// an award's editions with all their dates, an edition's categories with their nominations in order,
// and the film list with a title filter. Everything else the API reuses from awards.ts, films.ts, people.ts.
import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { canonicalCategories, categories, editions, films, nominations, people } from '../schema';
import { idsMatching, parseSearchText } from '../search';
import { loadApiNominations, type ApiNomination } from './api-nominations';

export const apiEditionColumns = {
  slug: editions.slug,
  name: editions.name,
  ordinal: editions.ordinal,
  year: editions.year,
  yearLabel: editions.yearLabel,
  submissionsDate: editions.submissionsDate,
  shortlistDate: editions.shortlistDate,
  nominationsDate: editions.nominationsDate,
  ceremonyDate: editions.ceremonyDate,
  venue: editions.venue,
  resultsComplete: editions.resultsComplete,
};

/** The award's editions in the order they were held (awards year, then ordinal). */
export async function listApiEditions(db: Executor, awardId: number) {
  return db
    .select(apiEditionColumns)
    .from(editions)
    .where(eq(editions.awardId, awardId))
    .orderBy(asc(editions.year), asc(editions.ordinal), asc(editions.id));
}

/** The edition's categories in order, each with its nominations in order, fully described: seven queries. */
export async function listApiEditionCategories(db: Executor, editionId: number) {
  const categoryRows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      closedAt: categories.closedAt,
      isDocumentary: sql<boolean>`coalesce(${canonicalCategories.isDocumentary}, 1) = 1`.mapWith(Boolean),
    })
    .from(categories)
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .where(eq(categories.editionId, editionId))
    .orderBy(asc(categories.position), asc(categories.id));
  const idRows = await db
    .select({ id: nominations.id, categoryId: nominations.categoryId })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .where(eq(categories.editionId, editionId))
    .orderBy(asc(nominations.categoryId), asc(nominations.position), asc(nominations.id));
  const loaded = await loadApiNominations(
    db,
    idRows.map((row) => row.id),
  );
  const byCategory = new Map<number, ApiNomination[]>();
  for (const { id, categoryId } of idRows) {
    const nomination = loaded.get(id);
    if (nomination) byCategory.set(categoryId, [...(byCategory.get(categoryId) ?? []), nomination]);
  }
  return categoryRows.map(({ id, ...category }) => ({ ...category, nominations: byCategory.get(id) ?? [] }));
}

/**
 * A page of films by folded title (then id, so the order is stable), optionally those whose title, other
 * names or year hold every word of `q` as the start of a word, in any order, as the site's search finds
 * them ("lovers desp" finds The Lovers and the Despot, "war" not "Toward"), regardless of case, accents
 * and "&". With the total, for the page links.
 */
/** People and companies by name, a page at a time; with `q`, those whose names hold its words as search finds them. */
export async function listApiPeople(db: Executor, q: string | undefined, page: { limit: number; offset: number }) {
  const text = q === undefined ? null : parseSearchText(q);
  const where = text?.match ? inArray(people.id, idsMatching(text, 'person')) : undefined;
  const [counted] = await db.select({ total: count() }).from(people).where(where);
  const rows = await db
    .select({ slug: people.slug, name: people.name, kind: people.kind, imdbId: people.imdbId })
    .from(people)
    .where(where)
    .orderBy(asc(people.nameFolded), asc(people.id))
    .limit(page.limit)
    .offset(page.offset);
  return { total: counted?.total ?? 0, people: rows };
}

export async function listApiFilms(db: Executor, q: string | undefined, page: { limit: number; offset: number }) {
  const text = q === undefined ? null : parseSearchText(q);
  const where = text?.match ? inArray(films.id, idsMatching(text, 'film')) : undefined;
  const [counted] = await db.select({ total: count() }).from(films).where(where);
  const rows = await db
    .select({
      slug: films.slug,
      title: films.title,
      year: films.year,
      isDocumentary: films.isDocumentary,
      imdbId: films.imdbId,
    })
    .from(films)
    .where(where)
    .orderBy(asc(films.titleFolded), asc(films.id))
    .limit(page.limit)
    .offset(page.offset);
  return { total: counted?.total ?? 0, films: rows };
}
