// Migrations: a new file gets every migration once, a migrated one nothing more, and several processes
// starting on one new file at the same moment all succeed, each migration applied exactly once.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { openDatabase } from '@/db/client';
import { migrateDatabase, MIGRATIONS_FOLDER } from '@/db/migrate';

const folder = mkdtempSync(join(tmpdir(), 'laurels-migrate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const migrationCount = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;

function applied(file: string): number {
  const db = openDatabase(file);
  try {
    return db.$client.prepare('select count(*) from "__drizzle_migrations"').pluck().get() as number;
  } finally {
    db.$client.close();
  }
}

/**
 * Migrates `file` in a process of its own, starting at `startAt` (ms since the epoch) so that processes
 * loaded at different speeds still collide; resolves with its exit code and what it printed on stderr.
 */
function migrateInChild(file: string, startAt: number): Promise<{ code: number | null; stderr: string }> {
  const script = `const { openDatabase } = require('./db/client'); const { migrateDatabase } = require('./db/migrate');
    const db = openDatabase(process.argv[1]); while (Date.now() < Number(process.argv[2])) {}
    migrateDatabase(db);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, file, String(startAt)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('migrateDatabase', () => {
  it('applies every migration once to a new file and nothing to a migrated one', () => {
    const file = join(folder, 'once.db');
    const db = openDatabase(file);
    migrateDatabase(db);
    migrateDatabase(db);
    db.$client.close();
    expect(applied(file)).toBe(migrationCount);
  });

  it('lets several processes migrate one new file at once: all succeed, each migration applied once', async () => {
    const file = join(folder, 'together.db');
    const startAt = Date.now() + 3_000;
    const results = await Promise.all(Array.from({ length: 6 }, () => migrateInChild(file, startAt)));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(applied(file)).toBe(migrationCount);
  }, 60_000);
});
