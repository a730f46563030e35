// Brings a database file up to the current schema with the committed migrations in db/migrations.
// Run by the start command, the CLI and the tests, so every database is made the same way.
//
// drizzle's own migrator reads which migrations are applied before it begins a plain (deferred)
// transaction, so two processes starting on one new file (two app instances, or the CLI beside a
// server's first start) could both decide to apply the same migration and the second would fail. Here
// the check and the changes share one transaction that takes the write lock first (BEGIN IMMEDIATE):
// the second process waits, then finds nothing left to do. The bookkeeping table is drizzle's, so
// databases made by either migrator are the same.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { isBusyError, type Db } from './client';

export const MIGRATIONS_FOLDER = join(__dirname, 'migrations');

/**
 * How long a process waits for another to let go of the write lock before it migrates, once the
 * connection's usual busy timeout has run out: another instance may be running a migration that
 * rebuilds the tables of a large catalogue (0015 takes about 15 s at a million nominations), or an import.
 */
export const MIGRATION_WAIT_MS = 10 * 60_000;

export interface MigrateOptions {
  /** Called when the usual busy timeout ran out, before waiting longer for the write lock. */
  onWait?: () => void;
}

export function migrateDatabase(db: Db, options: MigrateOptions = {}): void {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const client = db.$client;
  // Foreign keys are off while migrations run (the pragma cannot change inside a transaction): SQLite's
  // way to change a table is to rebuild it, and dropping the old table would otherwise cascade to every
  // row that refers to it. Every reference is checked before the migrations commit instead.
  const enforced = client.pragma('foreign_keys', { simple: true }) === 1;
  client.pragma('foreign_keys = OFF');
  const patience = client.pragma('busy_timeout', { simple: true }) as number;
  try {
    try {
      applyMigrations(client, migrations);
    } catch (error) {
      if (!isBusyError(error)) throw error;
      options.onWait?.();
      client.pragma(`busy_timeout = ${MIGRATION_WAIT_MS}`);
      applyMigrations(client, migrations);
    }
  } finally {
    client.pragma(`busy_timeout = ${patience}`);
    if (enforced) client.pragma('foreign_keys = ON');
  }
}

function applyMigrations(client: Db['$client'], migrations: ReturnType<typeof readMigrationFiles>): void {
  client
    .transaction(() => {
      // Inside the transaction too: another process never sees the bookkeeping table without the tables.
      client.exec(
        'create table if not exists "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)',
      );
      const lastApplied = client.prepare(
        'select created_at from "__drizzle_migrations" order by created_at desc limit 1',
      );
      const record = client.prepare('insert into "__drizzle_migrations" ("hash", "created_at") values (?, ?)');
      const last = lastApplied.pluck().get() as number | string | undefined;
      const pending = migrations.filter((migration) => last === undefined || Number(last) < migration.folderMillis);
      for (const migration of pending) {
        for (const statement of migration.sql) client.exec(statement);
        record.run(migration.hash, migration.folderMillis);
      }
      if (!pending.length) return;
      const dangling = client.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (dangling.length) {
        const [first] = dangling;
        throw new Error(
          `a migration left ${dangling.length} row(s) referring to nothing (first: ${first!.table} → ${first!.parent}); nothing was changed`,
        );
      }
    })
    .immediate();
}

/** Creates the folder a database file will live in (the app never creates folders itself). */
export function ensureDatabaseFolder(file: string): void {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
}
