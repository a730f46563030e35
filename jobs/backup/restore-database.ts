// Replaces the database with a backup, proving the backup before the current file is touched:
//   1. the file must look like SQLite (header), else it is refused before anything is copied;
//   2. it is copied to a temporary file beside the database (same folder, so the final rename is
//      atomic on the same filesystem) and that copy must pass integrity_check and hold the Laurels
//      tables and migrations (database-check.ts);
//   3. the copy is migrated forward if it is older than this code, and checked again;
//   4. the current database must not be open anywhere else (see assertNotInUse, which also folds its
//      -wal into the file);
//   5. the current file is kept under a "before-restore" name (a hard link, so nothing is copied and
//      nothing is ever missing), its -wal/-shm are removed (or kept with it when SQLite could not read
//      it), and the copy, given the current file's permissions and owner (file-access.ts), is renamed over
//      it: one atomic step, the database is never absent.
// Any refusal leaves the current database byte for byte as it was, and names why.
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { isBusyError, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { inspectDatabase, sqliteHeaderProblem } from './database-check';
import { matchFileAccess } from './file-access';

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

export interface RestoreResult {
  database: string;
  /** The replaced database, kept beside it; null when there was none. */
  previous: string | null;
  migrated: boolean;
}

const COMPANIONS = ['-wal', '-shm', '-journal'];
const removeWithCompanions = (file: string) => {
  for (const suffix of ['', ...COMPANIONS]) rmSync(`${file}${suffix}`, { force: true });
};

/** Copies the backup (and a -wal beside it, which may hold committed pages) to the temporary name. */
function copyBeside(file: string, temp: string): void {
  copyFileSync(file, temp);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${temp}-wal`);
}

/** Migrates the proven copy forward and leaves it a single file (DELETE mode, no -wal to lose). */
function migrateCopy(temp: string, behind: boolean): void {
  const db = openDatabase(temp);
  try {
    if (behind) migrateDatabase(db);
    db.$client.pragma('journal_mode = DELETE');
  } finally {
    db.$client.close();
  }
}

/**
 * Refuses when any other connection has the current database open: the web server, the worker, a
 * CLI command. Replacing the file under a running process is unsafe: it keeps writing to the old,
 * unlinked file through its open descriptor (those writes are lost), and its -wal/-shm would be
 * deleted or shared with the new file under it, which can corrupt both. Leaving WAL mode needs every
 * other connection closed, so SQLite itself answers the question: with no busy wait, it fails with
 * SQLITE_BUSY when anyone else is connected. When it succeeds, the WAL has been checkpointed into the
 * file, so the -wal/-shm removed afterwards hold nothing that is not in the kept "before-restore" file.
 * A process that opens the database after this check and before the rename is not detected: stop the
 * server and the worker before restoring (the CLI says so).
 */
function assertNotInUse(current: string): void {
  const sqlite = new Database(current, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 0');
    const mode = sqlite.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new RestoreRefusedError(inUse(current));
  } catch (error) {
    if (error instanceof RestoreRefusedError || isBusyError(error)) throw new RestoreRefusedError(inUse(current));
    // Any other failure means SQLite cannot read the current file (corrupt, not a database): nothing
    // can be using it as a database, and replacing it is what a restore is for. It is kept anyway.
  } finally {
    sqlite.close();
  }
}

const inUse = (current: string) =>
  `${current} is in use by another process (a running server or worker?); stop it and restore again. The current database was not changed.`;

const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** Keeps the current file under a new "before-restore" name: a hard link, or a copy where links fail. */
function keepPrevious(current: string, now: Date): string {
  let previous = `${current}.before-restore-${stamp(now)}`;
  for (let n = 2; existsSync(previous); n += 1) previous = `${current}.before-restore-${stamp(now)}-${n}`;
  try {
    linkSync(current, previous);
  } catch {
    copyFileSync(current, previous);
  }
  return previous;
}

/** Restores `file` as the database at `currentPath`; throws RestoreRefusedError naming why it will not. */
export function restoreDatabase(currentPath: string, file: string, now = new Date()): RestoreResult {
  const current = resolve(currentPath);
  const source = resolve(file);
  if (current === source) throw new RestoreRefusedError(`${file} is the current database itself.`);
  const header = sqliteHeaderProblem(source);
  if (header) throw new RestoreRefusedError(`${file} ${header}; the current database was not changed.`);
  mkdirSync(dirname(current), { recursive: true });
  const temp = join(dirname(current), `.${basename(current)}.restore-${randomBytes(4).toString('hex')}`);
  try {
    copyBeside(source, temp);
    const check = inspectDatabase(temp);
    if (!check.ok) throw new RestoreRefusedError(`${file} ${check.reason}; the current database was not changed.`);
    migrateCopy(temp, check.behind);
    const after = inspectDatabase(temp);
    if (!after.ok)
      throw new RestoreRefusedError(`${file} ${after.reason} after migrating; the current database was not changed.`);
    let previous: string | null = null;
    if (existsSync(current)) {
      // A current file that is not SQLite at all is never opened: SQLite could touch what lies beside it.
      if (!sqliteHeaderProblem(current)) assertNotInUse(current);
      matchFileAccess(current, temp);
      previous = keepPrevious(current, now);
    }
    // A -wal left beside the new file would be replayed into it: SQLite cannot tell whose it is. One
    // that is still there belongs to a file SQLite could not read; it goes with the kept file.
    for (const suffix of COMPANIONS) {
      if (previous && existsSync(`${current}${suffix}`)) renameSync(`${current}${suffix}`, `${previous}${suffix}`);
      else rmSync(`${current}${suffix}`, { force: true });
    }
    rmSync(`${temp}-shm`, { force: true });
    renameSync(temp, current);
    return { database: current, previous, migrated: check.behind };
  } finally {
    removeWithCompanions(temp);
  }
}
