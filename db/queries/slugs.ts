// Slugs for public URLs: readable, stable, unique. A taken slug gets the next free "-2", "-3", …
import { eq, or, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Executor } from '../client';
import { slugify, slugOfFolded } from '../rules/text';

export function uniqueSlug(tx: Executor, table: SQLiteTable, column: SQLiteColumn, base: string): string {
  return freeSlugIn(tx, table, column, slugify(base));
}

/** A film's slug before it is made unique: its title and its year ("13th-2016"), from the folded title. */
export function filmSlugRoot(titleFolded: string, year: number | null | undefined): string {
  // A title of punctuation alone folds to nothing, and its slug is then the year alone.
  return slugOfFolded(year ? `${titleFolded} ${year}`.trimStart() : titleFolded);
}

/** The root, or the first free "-2", "-3", … in the table. */
export function freeSlugIn(tx: Executor, table: SQLiteTable, column: SQLiteColumn, root: string): string {
  // GLOB, not LIKE: LIKE is case-insensitive and cannot use the (binary) slug index, so every new slug
  // scanned the whole table and a bulk import slowed down with each row. A slug holds no glob characters.
  const taken = new Set(
    tx
      .select({ slug: column })
      .from(table)
      .where(or(eq(column, root), sql`${column} glob ${`${root}-*`}`))
      .all()
      .map((row) => row.slug as string),
  );
  return freeSlug(root, taken);
}

/** The root, or the first free "-2", "-3", … among the slugs already taken. */
export function freeSlug(root: string, taken: ReadonlySet<string>): string {
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}
