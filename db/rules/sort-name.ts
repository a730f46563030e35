// Where a name goes in the A–Z list of people and companies: a person under their surname, as film
// references file them (Laura Poitras under P), taken as the last word of the folded name after a "Jr.",
// "Sr." or "II"–"IV"; a company under its name, after a leading "The", as a title is (./sort-title.ts).
// A folded name has no punctuation (db/rules/text.ts), so a hyphenated surname files under its last part.
// The rule is written twice, for JavaScript (which letter a person's page links back to) and for SQL (the
// list's index people_sort_name and its order), side by side here; tests/unit/db/rules/sort-name.test.ts
// holds them to each other.
import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { PersonKind } from '../schema';
import { sortTitle, sortTitleSql } from './sort-title';

/** Words after a surname that are not the surname. */
export const NAME_SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'] as const;

/** What a folded name is filed by: "laura poitras" → "poitras laura"; "the march of time" → "march of time". */
export function sortName(folded: string, kind: PersonKind): string {
  if (kind !== 'person') return sortTitle(folded);
  const words = folded.split(' ');
  const last = words.at(-1)!;
  const core = words.length > 1 && (NAME_SUFFIXES as readonly string[]).includes(last) ? words.slice(0, -1) : words;
  return [core.at(-1)!, ...core.slice(0, -1)].join(' ');
}

/**
 * sortName in SQL, over the columns of folded names and kinds. The index people_sort_name is built on this
 * very expression, which SQLite uses only for a query holding the same one: build both from here.
 */
export function sortNameSql(folded: AnySQLiteColumn, kind: AnySQLiteColumn): SQL {
  // Inlined, not bound: an index's expression holds no parameters. rtrim(x, <x's other characters>) cuts
  // off x's last word and leaves the space before it, so what follows that length is the last word.
  const allButLast = (x: SQL) => sql`rtrim(${x}, replace(${x}, ' ', ''))`;
  const lastWord = (x: SQL) => sql`substr(${x}, length(${allButLast(x)}) + 1)`;
  const before = (x: SQL) => sql`rtrim(${allButLast(x)}, ' ')`;
  const name = sql`${folded}`;
  const suffixes = sql.raw(NAME_SUFFIXES.map((suffix) => `'${suffix}'`).join(', '));
  const core = sql`(case when instr(${name}, ' ') > 0 and ${lastWord(name)} in (${suffixes}) then ${before(name)} else ${name} end)`;
  return sql`(case when ${kind} = 'person' then rtrim(${lastWord(core)} || ' ' || ${before(core)}, ' ') else ${sortTitleSql(folded)} end)`;
}
