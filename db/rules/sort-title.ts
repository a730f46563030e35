// Where a title goes in an A–Z list: under its first word after a leading "The", "A" or "An", as
// libraries file them ("The Lovers and the Despot" under L). The rule is written twice, for JavaScript
// (which letter a film's page links back to, search's "starts with") and for SQL (the list's index and
// its order), side by side here; tests/unit/db/rules/sort-title.test.ts holds them to each other.
import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/** The articles a folded title (db/rules/text.ts: lower case, words joined by single spaces) may open with. */
export const LEADING_ARTICLES = ['the', 'a', 'an'] as const;

/** A folded title without its leading article: "the lovers and the despot" → "lovers and the despot". */
export function sortTitle(folded: string): string {
  for (const article of LEADING_ARTICLES) {
    if (folded.startsWith(`${article} `)) return folded.slice(article.length + 1);
  }
  return folded;
}

/**
 * sortTitle in SQL, over a column of folded titles. The index films_sort_title is built on this very
 * expression, which SQLite uses only for a query holding the same one: build both from here.
 */
export function sortTitleSql(folded: AnySQLiteColumn): SQL {
  // Inlined, not bound: an index's expression holds no parameters, and the query's must be the same.
  const cases = LEADING_ARTICLES.map((article) => {
    const [opening, rest] = [sql.raw(String(article.length + 1)), sql.raw(String(article.length + 2))];
    return sql`when substr(${folded}, 1, ${opening}) = '${sql.raw(article)} ' then substr(${folded}, ${rest})`;
  });
  return sql`(case ${sql.join(cases, sql` `)} else ${folded} end)`;
}
