// Every table of a database file as a row count and a checksum of its rows (sorted: some FTS5 tables
// have no rowid), so two
// files can be compared table by table: a restore that lost or changed one row shows up by name.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

export type TableDigest = Record<string, { rows: number; sha256: string }>;

export function digestTables(file: string): TableDigest {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
      .all() as { name: string }[];
    const digest: TableDigest = {};
    for (const { name } of tables) {
      const rows = sqlite
        .prepare(`select * from "${name}"`)
        .raw()
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
      digest[name] = { rows: rows.length, sha256: createHash('sha256').update(rows.join('\n')).digest('hex') };
    }
    return digest;
  } finally {
    sqlite.close();
  }
}
