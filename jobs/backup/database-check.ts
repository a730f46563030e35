// Whether a file is a sound Laurels database: a SQLite file (by its 16-byte header), that passes
// PRAGMA integrity_check, holds the Laurels tables and drizzle's migration record, and was not written
// by a newer Laurels (a migration this code does not know would leave the app on an unknown schema).
// Backups are verified with it before they count, and a restore proves its file with it before the
// current database is touched. Every refusal is one sentence naming why.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
// Imported, not read from disk: inside the server bundle (the scheduled backup) there is no reliable
// path to db/migrations, and the bundler inlines the JSON.
import journal from '@/db/migrations/meta/_journal.json';
import { integrityLines, integrityLinesOffThread } from './integrity-off-thread';

const SQLITE_HEADER = 'SQLite format 3\0';

/** Tables every Laurels database has had since the first migration; enough to tell it from another app's. */
export const LAURELS_TABLES = [
  '__drizzle_migrations',
  'awards',
  'editions',
  'categories',
  'films',
  'people',
  'nominations',
  'status_events',
  'audit_log',
] as const;

export type DatabaseCheck = { ok: true; migrations: number; behind: boolean } | { ok: false; reason: string };

/** The newest migration this code ships, as drizzle records it (created_at = the journal's `when`). */
function latestKnownMigration(): number {
  return Math.max(...journal.entries.map((entry) => entry.when));
}

/** Reads the first bytes without SQLite: a text or empty file is named as such, not as "corrupt". */
export function sqliteHeaderProblem(file: string): string | null {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return 'is not a file';
    size = stat.size;
  } catch {
    return 'does not exist';
  }
  if (size === 0) return 'is empty, not a SQLite database';
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === SQLITE_HEADER ? null : 'is not a SQLite database';
}

function schemaProblem(sqlite: Database.Database): string | null {
  const present = new Set(
    (sqlite.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const missing = LAURELS_TABLES.filter((table) => !present.has(table));
  if (missing.length > 0) return `is not a Laurels database (missing tables: ${missing.join(', ')})`;
  return null;
}

const integrityProblem = (lines: string[]): string | null =>
  lines.length === 1 && lines[0] === 'ok' ? null : `fails PRAGMA integrity_check (${lines[0] ?? 'no answer'})`;

/** The checks after integrity_check: cheap reads of the schema and the migration record. */
function inspectSchema(sqlite: Database.Database): DatabaseCheck {
  const schema = schemaProblem(sqlite);
  if (schema) return { ok: false, reason: schema };
  const record = sqlite
    .prepare('select count(*) as count, max(created_at) as latest from __drizzle_migrations')
    .get() as {
    count: number;
    latest: number | null;
  };
  if (record.count === 0 || record.latest === null)
    return { ok: false, reason: 'is not a Laurels database (no migrations recorded)' };
  const known = latestKnownMigration();
  if (Number(record.latest) > known)
    return {
      ok: false,
      reason: 'was written by a newer version of Laurels (it has migrations this one does not know)',
    };
  return { ok: true, migrations: record.count, behind: Number(record.latest) < known };
}

function withDatabase(
  file: string,
  check: (sqlite: Database.Database) => DatabaseCheck,
  options: { readonly?: boolean } = {},
): DatabaseCheck {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { fileMustExist: true, readonly: options.readonly ?? false });
    return check(sqlite);
  } catch (error) {
    // A page SQLite cannot even read ("database disk image is malformed") is a failed check too.
    return { ok: false, reason: unreadable(error) };
  } finally {
    sqlite?.close();
  }
}

const unreadable = (error: unknown) =>
  `cannot be read as a SQLite database (${error instanceof Error ? error.message : String(error)})`;

/**
 * Why a file is not a sound Laurels database by its header, tables and migration record (no
 * integrity_check), or null. It is opened without any pragma and only read, so another app's file is left
 * exactly as it was (the usual connection would switch it to WAL before anything could tell).
 */
export function laurelsFileProblem(file: string): string | null {
  return readOnlyCheck(file, inspectSchema);
}

/**
 * Why a file cannot become this Laurels's database, or null: laurelsFileProblem, except that a file that
 * is missing, empty or without a single table is where a new database is made. Run before the file is
 * opened for writing, so another app's database or a newer Laurels's is left exactly as it was.
 */
export function databaseFileProblem(file: string): string | null {
  if (!existsSync(file) || statSync(file).size === 0) return null;
  return readOnlyCheck(file, (sqlite) => {
    const tables = sqlite.prepare("select count(*) from sqlite_master where type = 'table'").pluck().get();
    return tables === 0 ? { ok: true, migrations: 0, behind: true } : inspectSchema(sqlite);
  });
}

function readOnlyCheck(file: string, check: (sqlite: Database.Database) => DatabaseCheck): string | null {
  const header = sqliteHeaderProblem(file);
  if (header) return header;
  // Read-only: closing a writing connection on another app's database in WAL mode would checkpoint it.
  const result = withDatabase(file, check, { readonly: true });
  return result.ok ? null : result.reason;
}

/**
 * Checks a database file. It is opened read-write, so call it only on a file Laurels owns (a fresh
 * backup, a restore's temporary copy): SQLite may need to create a -shm file or replay a -wal.
 */
export function inspectDatabase(file: string): DatabaseCheck {
  const header = sqliteHeaderProblem(file);
  if (header) return { ok: false, reason: header };
  return withDatabase(file, (sqlite) => {
    const integrity = integrityProblem(integrityLines(sqlite));
    return integrity ? { ok: false, reason: integrity } : inspectSchema(sqlite);
  });
}

/** inspectDatabase with integrity_check in a worker thread: what a long-running server uses. */
export async function inspectDatabaseOffThread(file: string): Promise<DatabaseCheck> {
  const header = sqliteHeaderProblem(file);
  if (header) return { ok: false, reason: header };
  let lines: string[];
  try {
    lines = await integrityLinesOffThread(file);
  } catch (error) {
    return { ok: false, reason: unreadable(error) };
  }
  const integrity = integrityProblem(lines);
  return integrity ? { ok: false, reason: integrity } : withDatabase(file, inspectSchema);
}
