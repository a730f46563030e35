// A verified copy of the live database, made with SQLite's online backup API (better-sqlite3's
// backup()), which copies a consistent snapshot page by page while the app keeps reading and writing:
// a copy of the file itself could catch a write halfway. The copy is written under a temporary name,
// switched to a self-contained single file (journal_mode DELETE, no -wal beside it), proven with
// inspectDatabaseOffThread (integrity_check in a worker thread, so a server keeps answering), and
// only then renamed to its final name: a file with the final name is always a whole, checked backup.
// It has the database's permissions and owner (file-access.ts).
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '@/db/client';
import { inspectDatabaseOffThread } from './database-check';
import { matchFileAccess } from './file-access';

/** Pages per step (4 MB at 4 KB pages): each step held the event loop about 0.1 s on a loaded machine. */
const PAGES_PER_STEP = 1000;
/**
 * SQLite restarts a backup when another connection writes to the source. After this many restarts the
 * rest is copied in one step, so a busy writer can never keep a backup from finishing; in WAL mode
 * that step holds only a read snapshot, which does not block writers.
 */
const RESTARTS_BEFORE_ONE_STEP = 3;

export interface BackupResult {
  file: string;
  bytes: number;
  migrations: number;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

function removeWithCompanions(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

async function copyOnline(db: Db, target: string, pagesPerStep: number): Promise<void> {
  let restarts = 0;
  let lastRemaining = Number.POSITIVE_INFINITY;
  try {
    // Created with the database's permissions before SQLite writes a page into it (SQLite keeps a file's
    // mode, and gives its journal the same).
    writeFileSync(target, '');
    matchFileAccess(db.$client.name, target);
    await db.$client.backup(target, {
      progress: ({ remainingPages }) => {
        if (remainingPages > lastRemaining) restarts += 1;
        lastRemaining = remainingPages;
        return restarts >= RESTARTS_BEFORE_ONE_STEP ? 0x7fffffff : pagesPerStep;
      },
    });
  } catch (error) {
    // SQLite names no file ("unable to open database file"); the folder is what the user can fix.
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(`Could not write the backup in ${dirname(target)}: ${reason}.`);
  }
  // The copy carries the source's WAL flag in its header; a backup should be one file on its own.
  const copy = new Database(target, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Backs `db` up to `file` (which must not exist yet), verifies the copy, and returns its size. */
export async function backupDatabase(
  db: Db,
  file: string,
  options: { pagesPerStep?: number } = {},
): Promise<BackupResult> {
  if (existsSync(file)) throw new BackupError(`${file} already exists; a backup never overwrites a file.`);
  if (!existsSync(dirname(file))) throw new BackupError(`The folder ${dirname(file)} does not exist.`);
  if (!statSync(dirname(file)).isDirectory()) throw new BackupError(`${dirname(file)} is a file, not a folder.`);
  const partial = `${file}.partial-${randomBytes(4).toString('hex')}`;
  try {
    await copyOnline(db, partial, options.pagesPerStep ?? PAGES_PER_STEP);
    const check = await inspectDatabaseOffThread(partial);
    if (!check.ok) throw new BackupError(`The backup copy ${check.reason}; it was discarded.`);
    rmSync(`${partial}-shm`, { force: true });
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, migrations: check.migrations };
  } finally {
    removeWithCompanions(partial);
  }
}
