// The scheduled backup job: it records its run, writes a verified backup named by the time, keeps the
// newest LAURELS_BACKUP_KEEP of its own files and never deletes anything else in the folder.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jobRuns } from '@/db/schema';
import { backupDatabase } from '@/jobs/backup/backup-database';
import { isBackupDue } from '@/jobs/backup/backup-job';
import { backupFolder, backupKeep, listBackups, newBackupPath, rotateBackups } from '@/jobs/backup/backup-folder';
import { inspectDatabase } from '@/jobs/backup/database-check';
import { jobRegistry } from '@/jobs/registry';
import { runJob } from '@/jobs/runner/run-job';
import { freshDatabase } from '@/tests/helpers/db';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('rotation', () => {
  it('keeps the newest N of its own files and never touches anything else', () => {
    const folder = join(dirname(freshDatabase().file), 'rotation');
    mkdirSync(folder);
    const own = [
      'laurels-20260101-031700.db',
      'laurels-20260102-031700.db',
      'laurels-20260103-031700.db',
      'laurels-20260103-031700-2.db',
      'laurels-20260104-031700.db',
    ];
    const foreign = ['keep-me.db', 'laurels.db', 'laurels-20260101.db', 'laurels-20260101-031700.db.bak', 'notes.txt'];
    for (const name of [...own, ...foreign]) writeFileSync(join(folder, name), name);

    expect(rotateBackups(folder, 3)).toEqual(['laurels-20260102-031700.db', 'laurels-20260101-031700.db']);
    expect(listBackups(folder)).toEqual([
      'laurels-20260104-031700.db',
      'laurels-20260103-031700-2.db',
      'laurels-20260103-031700.db',
    ]);
    for (const name of foreign) expect(existsSync(join(folder, name)), name).toBe(true);
    expect(rotateBackups(folder, 3)).toEqual([]);
  });

  it('names a backup by its UTC time, never reusing a name', () => {
    const folder = dirname(freshDatabase().file);
    const at = new Date('2026-11-25T03:17:05Z');
    const first = newBackupPath(folder, at);
    expect(first).toBe(join(folder, 'laurels-20261125-031705.db'));
    writeFileSync(first, '');
    expect(newBackupPath(folder, at)).toBe(join(folder, 'laurels-20261125-031705-2.db'));
  });

  it('reads the folder and the count from the environment', () => {
    expect(backupFolder('/srv/laurels/data/laurels.db', {})).toBe('/srv/laurels/data/backups');
    expect(backupFolder('/srv/laurels/data/laurels.db', { LAURELS_BACKUP_DIR: '/mnt/safe' })).toBe('/mnt/safe');
    expect(backupKeep({})).toBe(7);
    expect(backupKeep({ LAURELS_BACKUP_KEEP: '3' })).toBe(3);
    for (const bad of ['0', '-2', '2.5', 'many'])
      expect(() => backupKeep({ LAURELS_BACKUP_KEEP: bad }), bad).toThrow(/LAURELS_BACKUP_KEEP must be a whole number/);
  });
});

describe('the backup job', () => {
  it('is registered, runs through runJob, records its run and rotates', async () => {
    expect(jobRegistry.backup?.name).toBe('backup');
    const { db, file } = freshDatabase();
    const folder = join(dirname(file), 'job-backups');
    vi.stubEnv('LAURELS_BACKUP_DIR', folder);
    vi.stubEnv('LAURELS_BACKUP_KEEP', '2');
    const times = ['2026-11-23T03:17:00Z', '2026-11-24T03:17:00Z', '2026-11-25T03:17:00Z'];
    for (const time of times) {
      const result = await runJob('backup', 'schedule', { db, now: () => new Date(time) });
      expect(result.status).toBe('succeeded');
    }
    expect(readdirSync(folder).sort()).toEqual(['laurels-20261124-031700.db', 'laurels-20261125-031700.db']);
    expect(inspectDatabase(join(folder, 'laurels-20261125-031700.db'))).toMatchObject({ ok: true });
    const runs = db.select().from(jobRuns).all();
    expect(runs.map((run) => [run.job, run.outcome])).toEqual(times.map(() => ['backup', 'succeeded']));
    expect(runs.at(-1)?.counts).toMatchObject({ kept: 2, deleted: 1 });
    expect((runs.at(-1)?.counts as Record<string, number> | null)?.bytes).toBeGreaterThan(0);
  });

  it('records a failed run with the reason when LAURELS_BACKUP_KEEP is wrong, writing nothing', async () => {
    const { db, file } = freshDatabase();
    vi.stubEnv('LAURELS_BACKUP_DIR', join(dirname(file), 'never'));
    vi.stubEnv('LAURELS_BACKUP_KEEP', 'lots');
    const result = await runJob('backup', 'manual', { db });
    expect(result).toMatchObject({ status: 'failed', error: expect.stringMatching(/LAURELS_BACKUP_KEEP/) });
    expect(existsSync(join(dirname(file), 'never'))).toBe(false);
  });

  it('records a failed run saying so when LAURELS_BACKUP_DIR is a file, and a backup into a file refuses', async () => {
    const { db, file } = freshDatabase();
    const notAFolder = join(dirname(file), 'notes.txt');
    writeFileSync(notAFolder, 'not a folder\n');
    vi.stubEnv('LAURELS_BACKUP_DIR', notAFolder);
    const result = await runJob('backup', 'manual', { db });
    expect(result).toMatchObject({
      status: 'failed',
      error: `The backup folder ${notAFolder} is a file, not a folder (LAURELS_BACKUP_DIR, or backups/ beside the database); nothing was backed up.`,
    });
    await expect(backupDatabase(db, join(notAFolder, 'x.db'))).rejects.toThrow(
      `${notAFolder} is a file, not a folder.`,
    );
  });

  it('is due once a day after 03:17 UTC, and a missed day is caught up once', async () => {
    const { db, file } = freshDatabase();
    vi.stubEnv('LAURELS_BACKUP_DIR', join(dirname(file), 'due'));
    expect(isBackupDue(db, new Date('2026-11-25T03:00:00Z'))).toBe(true);
    await runJob('backup', 'catch-up', { db, now: () => new Date('2026-11-25T03:00:00Z') });
    expect(isBackupDue(db, new Date('2026-11-25T03:16:00Z'))).toBe(false);
    expect(isBackupDue(db, new Date('2026-11-25T03:17:00Z'))).toBe(true);
    await runJob('backup', 'schedule', { db, now: () => new Date('2026-11-25T03:17:00Z') });
    expect(isBackupDue(db, new Date('2026-11-26T03:16:59Z'))).toBe(false);
    // Three days later: due, but one run covers all the missed slots.
    expect(isBackupDue(db, new Date('2026-11-29T12:00:00Z'))).toBe(true);
    await runJob('backup', 'catch-up', { db, now: () => new Date('2026-11-29T12:00:00Z') });
    expect(isBackupDue(db, new Date('2026-11-29T12:01:00Z'))).toBe(false);
  });
});
