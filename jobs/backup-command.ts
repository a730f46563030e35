// `laurels backup [FILE|FOLDER]` and `laurels restore FILE`. A backup is made with the online backup API,
// so it is safe while the server runs; by default it goes to a new laurels-manual-YYYYMMDD-HHMMSS.db in
// the backup folder (LAURELS_BACKUP_DIR, or backups/ beside the database), which the job's rotation
// leaves alone, and given a folder, to a new file of that name in it. The database is backed up as it is:
// it must already exist and be a Laurels database, and it is neither created nor migrated (a mistyped
// LAURELS_DB would otherwise back up a new, empty one). A restore replaces the database file, which is
// only safe with no server or worker running on it: it opens nothing through the usual migrating
// connection (that would itself count as a user of the file) and refuses when another process has the
// database open (jobs/backup/restore-database.ts explains how that is detected).
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { databasePath, openDatabase, type Db } from '../db/client';
import { backupDatabase } from './backup/backup-database';
import { backupFolder, ensureBackupFolder, newBackupPath } from './backup/backup-folder';
import { laurelsFileProblem } from './backup/database-check';
import { restoreDatabase } from './backup/restore-database';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The database to back up, opened as it is; throws naming the file when it is not a Laurels database. */
function openSource(file: string): Db {
  const problem = laurelsFileProblem(file);
  if (problem) throw new Error(`The database ${file} ${problem} (LAURELS_DB); nothing was backed up.`);
  return openDatabase(file);
}

export function registerBackupCommand(program: Command): void {
  program
    .command('backup [file]')
    .description(
      'copy the database, safely while the server runs, to FILE, or to a new dated file in a FOLDER or the backup folder',
    )
    .action(async (file: string | undefined) => {
      const source = databasePath();
      const db = openSource(source);
      try {
        // A name ending in "/" means a folder, whether or not it exists (backupDatabase names one that does not).
        const isFolder =
          file !== undefined && (/[\\/]$/.test(file) || (existsSync(file) && statSync(file).isDirectory()));
        const target =
          file && !isFolder
            ? resolve(file)
            : newBackupPath(file ? resolve(file) : backupFolder(source), new Date(), 'manual');
        if (!file) ensureBackupFolder(dirname(target));
        const result = await backupDatabase(db, target);
        console.log(`Backed up ${source} to ${result.file} (${megabytes(result.bytes)}, ${result.bytes} bytes).`);
      } finally {
        db.$client.close();
      }
    });

  program
    .command('restore <file>')
    .description('replace the database with a backup once it is proven sound (stop the server and worker first)')
    .action((file: string) => {
      const current = databasePath();
      const result = restoreDatabase(current, file);
      console.log(`Restored ${current} from ${file}${result.migrated ? ' (migrated to the current schema)' : ''}.`);
      if (result.previous) console.log(`The replaced database is kept as ${result.previous}.`);
    });
}
