// Where backups go and how many are kept. The folder is LAURELS_BACKUP_DIR, or a backups/ folder beside
// the database; the job's files are named laurels-YYYYMMDD-HHMMSS.db (UTC), so their names sort by age,
// and `laurels backup` names its own laurels-manual-YYYYMMDD-HHMMSS.db. Rotation deletes only files
// matching the job's exact pattern: a backup made by hand before some risky work, or anything else kept
// in the folder (a hand-named copy, notes, another app's files), is never touched.
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_BACKUP_KEEP = 7;

/** The part of the environment these read (process.env by default; tests pass their own). */
export type BackupEnv = Readonly<Record<string, string | undefined>>;
/** A backup the job made: its UTC time, and a counter when two were made in the same second. */
export const BACKUP_FILE_PATTERN = /^laurels-\d{8}-\d{6}(?:-\d+)?\.db$/;

const keepSchema = z.coerce
  .number({ error: 'LAURELS_BACKUP_KEEP must be a whole number of at least 1' })
  .int('LAURELS_BACKUP_KEEP must be a whole number of at least 1')
  .min(1, 'LAURELS_BACKUP_KEEP must be a whole number of at least 1');

/** How many backups rotation keeps: LAURELS_BACKUP_KEEP (at least 1), by default 7. */
export function backupKeep(env: BackupEnv = process.env): number {
  const raw = env.LAURELS_BACKUP_KEEP?.trim();
  if (!raw) return DEFAULT_BACKUP_KEEP;
  const parsed = keepSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]?.message ?? 'invalid'} (it is "${raw}").`);
  return parsed.data;
}

export function backupFolder(databaseFile: string, env: BackupEnv = process.env): string {
  return resolve(env.LAURELS_BACKUP_DIR?.trim() || join(dirname(databaseFile), 'backups'));
}

/** Creates the backup folder if needed; a file in its place is named as the mistake it is. */
export function ensureBackupFolder(folder: string): void {
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new Error(
      `The backup folder ${folder} is a file, not a folder (LAURELS_BACKUP_DIR, or backups/ beside the database); nothing was backed up.`,
    );
  }
  mkdirSync(folder, { recursive: true });
}

const stamp = (now: Date): string => now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * A new file name in the folder for a backup made at `now`, never one that already exists: the job's
 * (which rotation counts), or with `manual` one that rotation leaves alone.
 */
export function newBackupPath(folder: string, now: Date, kind: 'job' | 'manual' = 'job'): string {
  const base = `laurels-${kind === 'manual' ? 'manual-' : ''}${stamp(now)}`;
  let path = join(folder, `${base}.db`);
  for (let n = 2; existsSync(path); n += 1) path = join(folder, `${base}-${n}.db`);
  return path;
}

/** The job's backups in the folder, newest first (by the time in the name, then the counter). */
export function listBackups(folder: string): string[] {
  if (!existsSync(folder)) return [];
  // "laurels-…-031700-2.db" was made after "laurels-…-031700.db" in the same second.
  const order = (name: string) =>
    name.replace(
      /^(laurels-\d{8}-\d{6})(?:-(\d+))?\.db$/,
      (_, base: string, n?: string) => `${base}~${(n ?? '1').padStart(6, '0')}`,
    );
  return readdirSync(folder)
    .filter((name) => BACKUP_FILE_PATTERN.test(name))
    .sort((a, b) => (order(a) < order(b) ? 1 : -1));
}

/** Deletes the job's backups beyond the newest `keep`; returns the names it deleted. */
export function rotateBackups(folder: string, keep: number): string[] {
  const doomed = listBackups(folder).slice(keep);
  for (const name of doomed) unlinkSync(join(folder, name));
  return doomed;
}
