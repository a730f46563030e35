// Every job Laurels runs, by name: what the scheduler ticks, `laurels jobs run NAME` and the worker use.
import { runIngest } from './ingest/ingest-job';
import { listDueSources } from './ingest/ingest-due';
import { isSweepDue, runSweep } from './sweep/sweep-job';
import { isBackupDue, runBackupJob } from './backup/backup-job';
import type { JobDefinition } from './runner/job-types';

export const jobRegistry: Record<string, JobDefinition> = {
  ingest: {
    name: 'ingest',
    description: 'read the sources that are due, store their announcements and turn them into candidates',
    // The pieces are loaded on first run: the parsers and the extractor are not needed to start a server.
    run: async (context) => runIngest(context, await (await import('./ingest/ingest-deps')).loadIngestDeps()),
    isDue: (db, now) => listDueSources(db, now).length > 0,
  },
  sweep: {
    name: 'sweep',
    description: 'flag categories whose ceremony has passed with no winner as awaiting results (hourly, at :07)',
    run: runSweep,
    isDue: isSweepDue,
  },
  backup: {
    name: 'backup',
    description:
      'copy the database to the backup folder with the online backup API, keep the newest N (daily, 03:17 UTC)',
    run: runBackupJob,
    isDue: isBackupDue,
  },
};

export const jobNames = (): string[] => Object.keys(jobRegistry);
