// restoreDatabase refuses what is not a sound Laurels database, says why in one sentence, and leaves
// the current database byte for byte as it was (and no temporary file behind).
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { inspectDatabaseOffThread } from '@/jobs/backup/database-check';
import { restoreDatabase } from '@/jobs/backup/restore-database';
import { freshDatabase } from '@/tests/helpers/db';

let current: string;
let folder: string;
let sound: string;
beforeAll(() => {
  const fresh = freshDatabase();
  fresh.db.$client.exec(`insert into organizations (name, slug) values ('Test Organisation', 'test-organisation')`);
  fresh.db.$client.close();
  current = fresh.file;
  folder = dirname(current);
  const other = freshDatabase();
  other.db.$client.close();
  sound = other.file;
});

function expectRefused(file: string, reason: RegExp): void {
  const before = readFileSync(current);
  const listing = readdirSync(folder).sort();
  expect(() => restoreDatabase(current, file)).toThrow(reason);
  expect(readFileSync(current).equals(before)).toBe(true);
  expect(readdirSync(folder).sort()).toEqual(listing);
}

const fileWith = (name: string, content: string | Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

describe('restoreDatabase refuses', () => {
  it('a text file, an empty file and a missing file', () => {
    expectRefused(
      fileWith('notes.txt', 'These are not the films you are looking for.\n'),
      /notes\.txt is not a SQLite database; the current database was not changed\./,
    );
    expectRefused(fileWith('empty.db', ''), /empty\.db is empty, not a SQLite database/);
    expectRefused(join(folder, 'nowhere.db'), /nowhere\.db does not exist/);
  });

  it('a SQLite database of another application', () => {
    const path = join(folder, 'other-app.db');
    const sqlite = new Database(path);
    sqlite.exec(`create table recipes (id integer primary key, name text); insert into recipes (name) values ('soup')`);
    sqlite.close();
    expectRefused(path, /other-app\.db is not a Laurels database \(missing tables: __drizzle_migrations, awards,/);
  });

  it('a corrupted copy of a Laurels database', async () => {
    const bytes = readFileSync(sound);
    const middle = Math.floor(bytes.length / 2);
    for (let n = middle; n < middle + 4096; n += 1) bytes[n] = (bytes[n] ?? 0) ^ 0xa5;
    const path = fileWith('corrupted.db', bytes);
    expectRefused(path, /corrupted\.db (fails PRAGMA integrity_check|cannot be read as a SQLite database)/);
    // The same verdict when the check runs in a worker thread (as the scheduled backup does).
    expect(await inspectDatabaseOffThread(path)).toMatchObject({ ok: false });
    expect(await inspectDatabaseOffThread(sound)).toMatchObject({ ok: true });
  });

  it('a database written by a newer Laurels', () => {
    const path = join(folder, 'newer.db');
    copyFileSync(sound, path);
    const sqlite = new Database(path);
    sqlite.exec(`insert into __drizzle_migrations (hash, created_at) values ('from-the-future', 99999999999999)`);
    sqlite.close();
    expectRefused(path, /newer\.db was written by a newer version of Laurels/);
  });

  it('the current database itself', () => {
    expectRefused(current, /is the current database itself/);
  });

  it('while another process or connection has the current database open', () => {
    const server = openDatabase(current, { readonly: false });
    try {
      server.$client.prepare('select count(*) from organizations').get();
      const before = readFileSync(current);
      expect(() => restoreDatabase(current, sound)).toThrow(/is in use by another process .*stop it and restore again/);
      expect(readFileSync(current).equals(before)).toBe(true);
      expect(readdirSync(folder).filter((name) => name.includes('.restore-'))).toEqual([]);
    } finally {
      server.$client.close();
    }
  });
});
