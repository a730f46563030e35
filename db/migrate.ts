// Brings a database file up to the current schema with the committed migrations in db/migrations.
// Run by the start command, the CLI and the tests, so every database is made the same way.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client';

export const MIGRATIONS_FOLDER = join(__dirname, 'migrations');

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** Creates the folder a database file will live in (the app never creates folders itself). */
export function ensureDatabaseFolder(file: string): void {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
}
