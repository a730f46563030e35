// `laurels backup [FILE|FOLDER]` and `laurels restore FILE` as a user runs them: what they print and how they exit.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/db/client';
import { freshDatabase } from '@/tests/helpers/db';
import { runLaurels } from '../ingest-job/laurels-process';
import { digestTables } from './table-digest';

describe('laurels backup', () => {
  it('writes a new file in the backup folder, prints its path and size, and never overwrites', async () => {
    const { db, file } = freshDatabase();
    db.$client.close();
    const made = await runLaurels(file, 'backup');
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const path = /to (\S+\/backups\/laurels-manual-\d{8}-\d{6}\.db) \((\d+\.\d) MB, (\d+) bytes\)\.\n$/.exec(
      made.stdout,
    );
    expect(path?.[1] && dirname(path[1])).toBe(join(dirname(file), 'backups'));
    expect(Number(path?.[3])).toBe(statSync(path?.[1] ?? '').size);

    // The job keeps its own newest one; the backup made by hand is not one of those it rotates.
    vi.stubEnv('LAURELS_BACKUP_KEEP', '1');
    const job = await runLaurels(file, 'jobs', 'run', 'backup');
    expect(job.stdout).toMatch(/^backup succeeded: \{"bytes":\d+,"kept":1,"deleted":0\}\n$/);
    const rotated = await runLaurels(file, 'jobs', 'run', 'backup');
    vi.unstubAllEnvs();
    expect(rotated.stdout).toMatch(/^backup succeeded: \{"bytes":\d+,"kept":1,"deleted":1\}\n$/);
    expect(existsSync(path?.[1] ?? '')).toBe(true);
    expect((await runLaurels(file, 'jobs', 'list')).stdout).toMatch(
      /\nbackup\t.*\n\tlast run .* \(manual\): succeeded/,
    );

    // Given a folder, a new dated file in it.
    const inFolder = await runLaurels(file, 'backup', dirname(file));
    expect(inFolder.code).toBe(0);
    const made2 = /to (\S+\/laurels-manual-\d{8}-\d{6}(-\d+)?\.db) \(/.exec(inFolder.stdout)?.[1];
    expect(made2 && dirname(made2)).toBe(dirname(file));
    const copy = new Database(made2 ?? '', { readonly: true, fileMustExist: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    // A name ending in "/" is a folder: one that does not exist is named, and nothing is written.
    const missing = join(dirname(file), 'no-such-folder/');
    expect(await runLaurels(file, 'backup', missing)).toMatchObject({
      code: 1,
      stderr: `laurels: The folder ${missing.slice(0, -1)} does not exist.\n`,
    });
    expect(existsSync(missing.slice(0, -1))).toBe(false);

    const again = await runLaurels(file, 'backup', path?.[1] ?? '');
    expect(again).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `laurels: ${path?.[1]} already exists; a backup never overwrites a file.\n`,
    });
  }, 60_000);

  it("refuses, creating and changing nothing, when LAURELS_DB names no database or another app's", async () => {
    const { db, file } = freshDatabase();
    db.$client.close();
    const mistyped = join(dirname(file), 'typo', 'laurls.db');
    const missing = await runLaurels(mistyped, 'backup', join(dirname(file), 'copy.db'));
    expect(missing).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `laurels: The database ${mistyped} does not exist (LAURELS_DB); nothing was backed up.\n`,
    });
    expect(existsSync(dirname(mistyped))).toBe(false);
    expect(existsSync(join(dirname(file), 'copy.db'))).toBe(false);

    // Another app's file, in SQLite's default rollback-journal mode: not one byte of it may change.
    const other = join(dirname(file), 'other.db');
    const otherApp = new Database(other);
    otherApp.exec(`create table notes (body text); insert into notes values ('kept as it is')`);
    otherApp.close();
    const before = readFileSync(other);
    const refused = await runLaurels(other, 'backup', join(dirname(file), 'copy.db'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^laurels: The database \S+other\.db is not a Laurels database \(missing tables: /);
    expect(readFileSync(other).equals(before)).toBe(true);
    expect(existsSync(`${other}-wal`)).toBe(false);
    expect(existsSync(join(dirname(file), 'copy.db'))).toBe(false);
  }, 60_000);
});

describe('laurels restore', () => {
  it('refuses a file that is not a database (exit 1, current database unchanged) and restores a backup', async () => {
    const { db, file } = freshDatabase();
    db.$client.exec(`insert into organizations (name, slug) values ('Test Organisation', 'test-organisation')`);
    db.$client.close();
    const backup = join(dirname(file), 'kept.db');
    expect((await runLaurels(file, 'backup', backup)).code).toBe(0);
    const target = freshDatabase();
    target.db.$client.close();

    const text = join(dirname(file), 'notes.txt');
    writeFileSync(text, 'not a database\n');
    const before = readFileSync(target.file);
    const refused = await runLaurels(target.file, 'restore', text);
    expect(refused).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `laurels: ${text} is not a SQLite database; the current database was not changed.\n`,
    });
    expect(readFileSync(target.file).equals(before)).toBe(true);

    const restored = await runLaurels(target.file, 'restore', backup);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      new RegExp(
        `^Restored .*laurels\\.db from ${backup}\\.\\nThe replaced database is kept as .*before-restore-\\d{8}-\\d{6}\\.\\n$`,
      ),
    );
    expect(digestTables(target.file)).toEqual(digestTables(file));
  }, 60_000);

  it('refuses while the database is open in another process', async () => {
    const { file } = freshDatabase();
    const backup = join(dirname(file), 'copy.db');
    expect((await runLaurels(file, 'backup', backup)).code).toBe(0);
    // freshDatabase's connection stays open here, as a running server's would.
    const server = openDatabase(file);
    try {
      const refused = await runLaurels(file, 'restore', backup);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^laurels: .* is in use by another process \(a running server or worker\?\); stop it and restore again\./,
      );
      expect(existsSync(backup)).toBe(true);
    } finally {
      server.$client.close();
    }
  }, 60_000);
});

describe('laurels on a file that is not a database', () => {
  it('names the file and where its name came from, and changes nothing', async () => {
    const { db, file } = freshDatabase();
    db.$client.close();
    const notes = join(dirname(file), 'notes.txt');
    writeFileSync(notes, 'not a database\n');
    const listed = await runLaurels(notes, 'jobs', 'list');
    expect(listed).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `laurels: cannot use the database ${notes} (LAURELS_DB): it is not a SQLite database\n`,
    });
    expect(readFileSync(notes, 'utf8')).toBe('not a database\n');
  }, 60_000);
});
