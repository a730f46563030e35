// The one connection to the Laurels database. Opened lazily on first use (never at import time, so
// `next build` does not touch the file), with the pragmas every Laurels process relies on.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A database or a transaction on it: what the write functions in db/queries take. */
export type Executor = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

/** Where the database lives: LAURELS_DB, or data/laurels.db under the working directory. */
export function databasePath(): string {
  return process.env.LAURELS_DB || 'data/laurels.db';
}

/** Opens a database file with Laurels' pragmas. Tests and the CLI open their own files with this. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  // WAL lets readers run beside the one writer; NORMAL is durable at checkpoints and fast in WAL;
  // the busy timeout turns a short lock wait into a wait instead of an error.
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return drizzle(sqlite, { schema }) as Db;
}

const globalForDb = globalThis as unknown as { laurelsDb?: Db };

/** The process-wide connection, opened on first use. */
export function getDb(): Db {
  globalForDb.laurelsDb ??= openDatabase(databasePath());
  return globalForDb.laurelsDb;
}

/**
 * A read-only connection of its own, in one read transaction: every read through it sees the database as
 * the first did, however many turns of the event loop the reads are spread over and whatever is written
 * meanwhile (WAL keeps that version for it). For a long read done in parts, such as a whole award's
 * export; the process's own connection cannot hold a transaction open across turns, as its writers would
 * find themselves inside it. close() ends the transaction and the connection.
 */
export function openSnapshot(file = databasePath()): { db: Db; close: () => void } {
  const db = openDatabase(file, { readonly: true });
  db.$client.exec('begin');
  return {
    db,
    close: () => {
      if (db.$client.inTransaction) db.$client.exec('commit');
      db.$client.close();
    },
  };
}

/**
 * Runs `fn` in a transaction that takes the write lock up front (BEGIN IMMEDIATE). A deferred
 * transaction that reads and then writes fails with SQLITE_BUSY when another process wrote in between.
 */
export function writeTransaction<T>(db: Executor, fn: (tx: Executor) => T): T {
  return db.transaction(fn, { behavior: 'immediate' });
}

/** The better-sqlite3 connection under a drizzle database or transaction (both keep it in their session). */
export function rawClient(db: Executor): Database.Database {
  const client = (db as unknown as { session?: { client?: Database.Database } }).session?.client;
  if (!client) throw new Error('This database handle has no better-sqlite3 connection.');
  return client;
}

/** Whether the driver gave up waiting for a lock another connection held (its busy timeout ran out). */
export const isBusyError = (error: unknown): boolean =>
  (error as { code?: unknown } | null | undefined)?.code === 'SQLITE_BUSY';

/**
 * Runs a write that may be left undone (a session's last-seen time) only if the write lock is free now:
 * false, and nothing written, when another connection holds it (an import may, for seconds). The driver
 * waits for a lock synchronously, so waiting here would stall every request this process serves.
 */
export function writeIfFree(db: Executor, write: () => void): boolean {
  const client = rawClient(db);
  const timeout = client.pragma('busy_timeout', { simple: true }) as number;
  client.pragma('busy_timeout = 0');
  try {
    write();
    return true;
  } catch (error) {
    if (isBusyError(error)) return false;
    throw error;
  } finally {
    client.pragma(`busy_timeout = ${timeout}`);
  }
}
