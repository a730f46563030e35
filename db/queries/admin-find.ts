// The admin indexes of films and people: find a record to edit by the start of its title or name, or of
// one of its aliases, after folding (so "lovers & the" finds "The Lovers and the Despot"). A leading
// "the"/"a"/"an" may be left out. Each prefix is a range on a folded index (films_title_folded,
// film_aliases_folded, …), never a scan, so it stays fast on a catalogue of 100,000 films. Offset pages of
// ADMIN_PAGE_SIZE, ordered by folded name then id; with no words the newest records come first.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { foldText } from '../rules/text';
import { parseSearchText, searchNames } from '../search';

export const ADMIN_PAGE_SIZE = 50;

export interface AdminFilmRow {
  id: number;
  slug: string;
  title: string;
  year: number | null;
  nominations: number;
}

export interface AdminPersonRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
  credits: number;
  nominations: number;
}

export interface AdminPage<T> {
  rows: T[];
  page: number;
  hasNext: boolean;
}

/** The folded prefixes to look for: the words as typed, and with an article in front or taken off. */
export function foldedPrefixes(words: string): string[] {
  const folded = foldText(words).slice(0, 200);
  if (!folded) return [];
  const bare = folded.replace(/^(the|a|an) /, '');
  return [...new Set([folded, bare, `the ${bare}`])];
}

/** `column` starts with one of the prefixes, as ranges an index answers. */
function startsWithAny(column: SQL, prefixes: readonly string[]): SQL {
  // U+FFFF sorts after every character foldText keeps, so [p, p + U+FFFF) holds exactly the words that start with p.
  const ranges = prefixes.map((p) => sql`(${column} >= ${p} and ${column} < ${`${p}\uffff`})`);
  return sql.join(ranges, sql` or `);
}

function pageOf<T>(rows: T[], page: number): AdminPage<T> {
  return { rows: rows.slice(0, ADMIN_PAGE_SIZE), page, hasNext: rows.length > ADMIN_PAGE_SIZE };
}

export async function findFilmsForAdmin(db: Executor, words: string, page = 1): Promise<AdminPage<AdminFilmRow>> {
  const prefixes = foldedPrefixes(words);
  const offset = (page - 1) * ADMIN_PAGE_SIZE;
  const matching = prefixes.length
    ? sql`select id from films where ${startsWithAny(sql`title_folded`, prefixes)}
          union select film_id from film_aliases where ${startsWithAny(sql`folded`, prefixes)}`
    : null;
  const rows = await db.all<AdminFilmRow>(sql`
    select f.id, f.slug, f.title, f.year,
           (select count(*) from nomination_films nf where nf.film_id = f.id) as nominations
      from films f
     ${matching ? sql`where f.id in (${matching}) order by f.title_folded, f.id` : sql`order by f.id desc`}
     limit ${ADMIN_PAGE_SIZE + 1} offset ${offset}`);
  return pageOf(rows, page);
}

export async function findPeopleForAdmin(db: Executor, words: string, page = 1): Promise<AdminPage<AdminPersonRow>> {
  const prefixes = foldedPrefixes(words);
  const offset = (page - 1) * ADMIN_PAGE_SIZE;
  const matching = prefixes.length
    ? sql`select id from people where ${startsWithAny(sql`name_folded`, prefixes)}
          union select person_id from person_aliases where ${startsWithAny(sql`folded`, prefixes)}`
    : null;
  const rows = await db.all<AdminPersonRow>(sql`
    select p.id, p.slug, p.name, p.kind,
           (select count(*) from credits c where c.person_id = p.id) as credits,
           (select count(*) from nomination_people np where np.person_id = p.id) as nominations
      from people p
     ${matching ? sql`where p.id in (${matching}) order by p.name_folded, p.id` : sql`order by p.id desc`}
     limit ${ADMIN_PAGE_SIZE + 1} offset ${offset}`);
  return pageOf(rows, page);
}

/**
 * Films and people with every word somewhere in a name or alias ("duvernay" finds Ava DuVernay), through
 * the site search (db/search.ts), for the first page of an index: the best 20 of each, ranked.
 */
export async function findByWords(db: Executor, words: string) {
  const { films, people } = await searchNames(db, parseSearchText(words), { limit: 20 });
  return { films: films.hits, people: people.hits };
}
