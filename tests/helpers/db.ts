// A fresh, migrated SQLite file per call, in a temporary folder removed after the test run: tests use
// the real migrations and the real driver, never a mock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export function freshDatabase(): { db: Db; file: string } {
  const folder = mkdtempSync(join(tmpdir(), 'laurels-test-'));
  folders.push(folder);
  const file = join(folder, 'laurels.db');
  const db = openDatabase(file);
  migrateDatabase(db);
  return { db, file };
}
