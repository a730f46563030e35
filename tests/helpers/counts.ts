// Row counts read straight from SQLite, for tests that check what a seed or an import wrote (or that
// running it again wrote nothing).
import type { Db } from '@/db/client';

/**
 * Row counts of these tables, or of every table (FTS shadow tables included) when none are named:
 * what "the database is unchanged" means.
 */
export function tableCounts(db: Db, tables?: readonly string[]): Record<string, number> {
  const names =
    tables ??
    (db.$client
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
      .pluck()
      .all() as string[]);
  return Object.fromEntries(
    names.map((table) => [table, db.$client.prepare(`select count(*) from "${table}"`).pluck().get() as number]),
  );
}

/** How many nominations there are in the categories linked to the canonical category of this name. */
export function nominationsInCanonical(db: Db, canonical: string): number {
  return db.$client
    .prepare(
      `select count(*) from nominations n
         join categories c on c.id = n.category_id
         join canonical_categories cc on cc.id = c.canonical_category_id
        where cc.name = ?`,
    )
    .pluck()
    .get(canonical) as number;
}
