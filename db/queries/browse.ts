// The A–Z lists of films and of people: every record under a letter of its folded title or name (accents
// and case do not matter; "&" reads as "and"), or under "#" when it starts with anything else, a page at
// a time, in that order. Each letter is a range of the folded column's index.
import { and, asc, count, gte, lt, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Executor } from '../client';
import { films, people } from '../schema';

/** The letters a list is cut into: a–z, then "#" for titles that start with a digit or another script. */
export const BROWSE_LETTERS = [...'abcdefghijklmnopqrstuvwxyz', '#'] as const;
export type BrowseLetter = (typeof BROWSE_LETTERS)[number];
export const BROWSE_PAGE_SIZE = 100;

function underLetter(column: SQLiteColumn, letter: BrowseLetter): SQL {
  if (letter === '#') return or(lt(column, 'a'), gte(column, '{'))!;
  return and(gte(column, letter), lt(column, String.fromCharCode(letter.charCodeAt(0) + 1)))!;
}

export interface BrowsePage<T> {
  total: number;
  rows: T[];
}

export async function listFilmsUnder(
  db: Executor,
  letter: BrowseLetter,
  page: number,
): Promise<BrowsePage<{ id: number; slug: string; title: string; year: number | null }>> {
  const [counted] = await db.select({ total: count() }).from(films).where(underLetter(films.titleFolded, letter));
  return { total: counted?.total ?? 0, rows: await filmsPageQuery(db, letter, page) };
}

export async function listPeopleUnder(
  db: Executor,
  letter: BrowseLetter,
  page: number,
): Promise<BrowsePage<{ id: number; slug: string; name: string; kind: 'person' | 'company' }>> {
  const [counted] = await db.select({ total: count() }).from(people).where(underLetter(people.nameFolded, letter));
  return { total: counted?.total ?? 0, rows: await peoplePageQuery(db, letter, page) };
}

// The order of each list is the order of its folded index (films_title_folded holds the year too), so
// that a page, however deep, is read from the index rather than sorted from every record under its letter.

/** The films on one page of a letter, in list order: by folded title, then year. */
export const filmsPageQuery = (db: Executor, letter: BrowseLetter, page: number) =>
  db
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
    .from(films)
    .where(underLetter(films.titleFolded, letter))
    .orderBy(asc(films.titleFolded), asc(films.year), asc(films.id))
    .limit(BROWSE_PAGE_SIZE)
    .offset((page - 1) * BROWSE_PAGE_SIZE);

/** The people and companies on one page of a letter, in list order: by folded name. */
export const peoplePageQuery = (db: Executor, letter: BrowseLetter, page: number) =>
  db
    .select({ id: people.id, slug: people.slug, name: people.name, kind: people.kind })
    .from(people)
    .where(underLetter(people.nameFolded, letter))
    .orderBy(asc(people.nameFolded), asc(people.id))
    .limit(BROWSE_PAGE_SIZE)
    .offset((page - 1) * BROWSE_PAGE_SIZE);
