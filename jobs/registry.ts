// Every job Laurels runs, by name: what the scheduler ticks, `laurels jobs run NAME` and the worker use.
// Later jobs (sweep, backup) are added here.
import { runIngest } from './ingest/ingest-job';
import { listDueSources } from './ingest/ingest-due';
import type { JobDefinition } from './runner/job-types';

export const jobRegistry: Record<string, JobDefinition> = {
  ingest: {
    name: 'ingest',
    description: 'read the sources that are due, store their announcements and turn them into candidates',
    // The pieces are loaded on first run: the parsers and the extractor are not needed to start a server.
    run: async (context) => runIngest(context, await (await import('./ingest/ingest-deps')).loadIngestDeps()),
    isDue: (db, now) => listDueSources(db, now).length > 0,
  },
};

export const jobNames = (): string[] => Object.keys(jobRegistry);
