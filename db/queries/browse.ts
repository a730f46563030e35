// The A–Z lists of films and of people: every record under a letter of its folded title or name (accents
// and case do not matter; "&" reads as "and"; a film's leading "The", "A" or "An" is passed over; a person
// is filed by surname), or under "#" when it starts with anything else, a page at a time, in that order.
// Each letter is a range of an index (films_sort_title, people_sort_name). A list can hold instead every
// record whose words hold the words of a search, A to Z (search shows the best twenty and links here for
// the rest).
import { and, asc, count, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Executor } from '../client';
import { sortTitle, sortTitleSql } from '../rules/sort-title';
import { foldText } from '../rules/text';
import { films, people } from '../schema';
import { countMatching, idsMatching, type SearchText } from '../search';

/** The letters a list is cut into: a–z, then "#" for titles that start with a digit or another script. */
export const BROWSE_LETTERS = [...'abcdefghijklmnopqrstuvwxyz', '#'] as const;
export type BrowseLetter = (typeof BROWSE_LETTERS)[number];
export const BROWSE_PAGE_SIZE = 100;

/** The records under a letter, or those a search's words (q, as typed) find. */
export type BrowseFilter = { letter: BrowseLetter } | { q: string; text: SearchText & { match: string } };

/** What a film is filed by: its folded title without a leading article (the index films_sort_title). */
const filmSortTitle = sortTitleSql(films.titleFolded);
/** What a person or company is filed by: a surname first, or a name without "The" (people_sort_name). */
const personSortName = people.sortName;

function underLetter(filedBy: SQLiteColumn | SQL, letter: BrowseLetter): SQL {
  if (letter === '#') return sql`(${filedBy} < 'a' or ${filedBy} >= '{')`;
  return sql`(${filedBy} >= ${letter} and ${filedBy} < ${String.fromCharCode(letter.charCodeAt(0) + 1)})`;
}

const filmsIn = (filter: BrowseFilter) =>
  'letter' in filter ? underLetter(filmSortTitle, filter.letter) : inArray(films.id, idsMatching(filter.text, 'film'));
const peopleIn = (filter: BrowseFilter) =>
  'letter' in filter
    ? underLetter(personSortName, filter.letter)
    : inArray(people.id, idsMatching(filter.text, 'person'));

export interface BrowsePage<T> {
  total: number;
  rows: T[];
  /** A search's words match more than BROWSE_MATCH_LIMIT records: none are listed, more words are needed. */
  tooMany?: boolean;
}

/**
 * The most records a search's list holds. Past it ("the", "a*") counting and sorting every match would
 * hold the server for a long time, and nobody reads thousands of pages: the list asks for more words.
 */
export const BROWSE_MATCH_LIMIT = 5000;

/**
 * How many records a list holds: under a letter, the rows of a range of the folded index; for a search's
 * words, the index's matches, counted once up to the limit (below it that count is the total).
 */
async function listSize(
  db: Executor,
  filter: BrowseFilter,
  kind: 'film' | 'person',
  limit: number,
): Promise<{ total: number; tooMany: boolean }> {
  if ('text' in filter) {
    const total = await countMatching(db, filter.text, kind, limit);
    return { total, tooMany: total > limit };
  }
  const [table, filedBy] = kind === 'film' ? [films, filmSortTitle] : [people, personSortName];
  const [counted] = await db.select({ total: count() }).from(table).where(underLetter(filedBy, filter.letter));
  return { total: counted?.total ?? 0, tooMany: false };
}

export async function browseFilms(
  db: Executor,
  filter: BrowseFilter,
  page: number,
  matchLimit = BROWSE_MATCH_LIMIT,
): Promise<BrowsePage<{ id: number; slug: string; title: string; year: number | null }>> {
  const { total, tooMany } = await listSize(db, filter, 'film', matchLimit);
  if (tooMany) return { total, rows: [], tooMany };
  return { total, rows: await filmsPageQuery(db, filter, page) };
}

export async function browsePeople(
  db: Executor,
  filter: BrowseFilter,
  page: number,
  matchLimit = BROWSE_MATCH_LIMIT,
): Promise<BrowsePage<{ id: number; slug: string; name: string; kind: 'person' | 'company'; sortName: string }>> {
  const { total, tooMany } = await listSize(db, filter, 'person', matchLimit);
  if (tooMany) return { total, rows: [], tooMany };
  return { total, rows: await peoplePageQuery(db, filter, page) };
}

/**
 * The page of its letter that lists a record: one more than the hundreds of records before it in list
 * order, counted in the list's own index (films_sort_title, people_sort_name), so a record page's link
 * back to the list lands where the record is.
 */
function pageBefore(before: number): number {
  return Math.floor(before / BROWSE_PAGE_SIZE) + 1;
}

/** The page of its letter that lists the film (list order: title without article, year, id). */
export function filmListPage(db: Executor, film: { id: number; title: string; year: number | null }): number {
  const filed = sortTitle(foldText(film.title));
  // SQLite sorts a missing year first, as -1 does among years.
  const year = film.year ?? -1;
  const [row] = db
    .select({ before: count() })
    .from(films)
    .where(
      and(
        underLetter(filmSortTitle, letterOf(filed)),
        sql`(${filmSortTitle} < ${filed} or (${filmSortTitle} = ${filed} and (coalesce(${films.year}, -1) < ${year}
          or (coalesce(${films.year}, -1) = ${year} and ${films.id} < ${film.id}))))`,
      ),
    )
    .all();
  return pageBefore(row?.before ?? 0);
}

/** The page of its letter that lists the person or company (list order: filed name, id). */
export function personListPage(db: Executor, person: { id: number; sortName: string }): number {
  const filed = person.sortName;
  const [row] = db
    .select({ before: count() })
    .from(people)
    .where(
      and(
        underLetter(personSortName, letterOf(filed)),
        sql`(${personSortName} < ${filed} or (${personSortName} = ${filed} and ${people.id} < ${person.id}))`,
      ),
    )
    .all();
  return pageBefore(row?.before ?? 0);
}

/** The letter a filed title or name is listed under: its first letter, or "#". */
export function letterOf(filed: string): BrowseLetter {
  const first = filed.charAt(0);
  return BROWSE_LETTERS.find((letter) => letter === first) ?? '#';
}

// The order of each list is the order of its index (films_sort_title holds the year too), so that a page,
// however deep, is read from the index rather than sorted from every record under its letter.

/** The films on one page of a letter, in list order: by folded title without its article, then year. */
export const filmsPageQuery = (db: Executor, filter: BrowseFilter, page: number) =>
  db
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
    .from(films)
    .where(filmsIn(filter))
    .orderBy(asc(filmSortTitle), asc(films.year), asc(films.id))
    .limit(BROWSE_PAGE_SIZE)
    .offset((page - 1) * BROWSE_PAGE_SIZE);

/** The people and companies on one page of a letter, in list order: surname first, then the rest. */
export const peoplePageQuery = (db: Executor, filter: BrowseFilter, page: number) =>
  db
    .select({ id: people.id, slug: people.slug, name: people.name, kind: people.kind, sortName: people.sortName })
    .from(people)
    .where(peopleIn(filter))
    .orderBy(asc(personSortName), asc(people.id))
    .limit(BROWSE_PAGE_SIZE)
    .offset((page - 1) * BROWSE_PAGE_SIZE);
