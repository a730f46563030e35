// A fresh, migrated SQLite file per call, in a temporary folder removed after the test run: tests use
// the real migrations and the real driver, never a mock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, expect } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase, MIGRATIONS_FOLDER } from '@/db/migrate';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function newFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'laurels-test-'));
  folders.push(folder);
  return join(folder, 'laurels.db');
}

export function freshDatabase(): { db: Db; file: string } {
  const file = newFile();
  const db = openDatabase(file);
  migrateDatabase(db);
  return { db, file };
}

/**
 * A database migrated as it was before the first migration holding `marker` in its SQL, bookkept as
 * migrateDatabase does, for a test of that migration on data written before it.
 */
export function databaseBeforeMigration(marker: string): Db {
  const db = openDatabase(newFile());
  const client = db.$client;
  client.exec('create table "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)');
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const index = migrations.findIndex((m) => m.sql.some((statement) => statement.includes(marker)));
  expect(index).toBeGreaterThan(0);
  for (const migration of migrations.slice(0, index)) {
    for (const statement of migration.sql) client.exec(statement);
    client
      .prepare('insert into "__drizzle_migrations" (hash, created_at) values (?, ?)')
      .run(migration.hash, migration.folderMillis);
  }
  return db;
}
