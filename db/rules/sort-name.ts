// Where a name goes in the A–Z list of people and companies: a person under their surname, as film
// references file them (Laura Poitras under P), taken as the last word of the folded name after a "Jr.",
// "Sr." or "II"–"IV", or the last two when the name as typed ends in a double-barrelled word (Sharmeen
// Obaid-Chinoy under O: folding makes the hyphen a space, db/rules/text.ts); a company under its name,
// after a leading "The", as a title is (./sort-title.ts).
// The rule is written twice, for JavaScript (which letter a person's page links back to) and for SQL (the
// list's index people_sort_name and its order), side by side here; tests/unit/db/rules/sort-name.test.ts
// holds them to each other.
import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { PersonKind } from '../schema';
import { sortTitle, sortTitleSql } from './sort-title';
import { foldText } from './text';

/** Words after a surname that are not the surname. */
export const NAME_SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'] as const;

/**
 * What a name is filed by, folded: "Laura Poitras" → "poitras laura"; "Sharmeen Obaid-Chinoy" → "obaid
 * chinoy sharmeen"; "The March of Time" (a company) → "march of time".
 */
export function sortName(name: string, kind: PersonKind): string {
  const folded = foldText(name);
  if (kind !== 'person') return sortTitle(folded);
  const words = folded.split(' ');
  const hasSuffix = words.length > 1 && (NAME_SUFFIXES as readonly string[]).includes(words.at(-1)!);
  const core = hasSuffix ? words.slice(0, -1) : words;
  const lastTyped = name.slice(name.lastIndexOf(' ') + 1);
  const surnameWords = !hasSuffix && core.length > 1 && /^[^-]+-[^-]+$/.test(lastTyped) ? 2 : 1;
  return [...core.slice(-surnameWords), ...core.slice(0, -surnameWords)].join(' ');
}

/**
 * sortName in SQL, over the columns of names, folded names and kinds. The index people_sort_name is built
 * on this very expression, which SQLite uses only for a query holding the same one: build both from here.
 */
export function sortNameSql(name: AnySQLiteColumn, folded: AnySQLiteColumn, kind: AnySQLiteColumn): SQL {
  // Inlined, not bound: an index's expression holds no parameters. rtrim(x, <x's other characters>) cuts
  // off x's last word and leaves the space before it, so what follows that length is the last word.
  const allButLast = (x: SQL) => sql`rtrim(${x}, replace(${x}, ' ', ''))`;
  const lastWord = (x: SQL) => sql`substr(${x}, length(${allButLast(x)}) + 1)`;
  const before = (x: SQL) => sql`rtrim(${allButLast(x)}, ' ')`;
  const typed = sql`${name}`;
  const words = sql`${folded}`;
  const suffixes = sql.raw(NAME_SUFFIXES.map((suffix) => `'${suffix}'`).join(', '));
  const hasSuffix = sql`(instr(${words}, ' ') > 0 and ${lastWord(words)} in (${suffixes}))`;
  const core = sql`(case when ${hasSuffix} then ${before(words)} else ${words} end)`;
  // The name as typed ends in one word with one hyphen inside it (not at either end).
  const lastTyped = lastWord(typed);
  const isDoubleBarrelled = sql`(not ${hasSuffix} and instr(${core}, ' ') > 0 and instr(${lastTyped}, '-') > 1
    and instr(${lastTyped}, '-') < length(${lastTyped}) and length(${lastTyped}) - length(replace(${lastTyped}, '-', '')) = 1)`;
  const beforeLastTwo = allButLast(before(core));
  const byLastTwo = sql`rtrim(substr(${core}, length(${beforeLastTwo}) + 1) || ' ' || rtrim(${beforeLastTwo}, ' '), ' ')`;
  const byLast = sql`rtrim(${lastWord(core)} || ' ' || ${before(core)}, ' ')`;
  return sql`(case when ${kind} = 'person' then (case when ${isDoubleBarrelled} then ${byLastTwo} else ${byLast} end) else ${sortTitleSql(folded)} end)`;
}
