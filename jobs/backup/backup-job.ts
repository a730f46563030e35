// The backup job. Schedule: daily at 03:17 UTC (BACKUP_SCHEDULE; the scheduler ticks every minute and
// asks isBackupDue, so a day missed while nothing ran is caught up once, on the next start). Writes:
// a verified copy in the backup folder (backup-folder.ts), then deletes the job's own oldest backups
// beyond LAURELS_BACKUP_KEEP. It writes nothing to the database except its run record.
import type { Db } from '@/db/client';
import { isDueOncePerSlot } from '../runner/slot-due';
import type { JobContext } from '../runner/job-types';
import { backupDatabase } from './backup-database';
import {
  backupFolder,
  backupKeep,
  ensureBackupFolder,
  listBackups,
  newBackupPath,
  rotateBackups,
} from './backup-folder';

export const BACKUP_SCHEDULE = '17 3 * * *';

export interface BackupCounts {
  [key: string]: number;
  bytes: number;
  kept: number;
  deleted: number;
}

export async function runBackupJob(context: JobContext): Promise<BackupCounts> {
  // Read first: a bad LAURELS_BACKUP_KEEP fails the run before a file is written.
  const keep = backupKeep();
  const folder = backupFolder(context.db.$client.name);
  ensureBackupFolder(folder);
  const result = await backupDatabase(context.db, newBackupPath(folder, context.now()));
  context.log(`backup: ${result.file} (${result.bytes} bytes)`);
  const deleted = rotateBackups(folder, keep);
  return { bytes: result.bytes, kept: listBackups(folder).length, deleted: deleted.length };
}

/** Due when no backup has started since the latest daily slot. */
export function isBackupDue(db: Db, now: Date): boolean {
  return isDueOncePerSlot(db, 'backup', BACKUP_SCHEDULE, now);
}
