// The ingest job. Schedule: the scheduler ticks every minute and runs it when a source is due (each
// source has its own cron schedule, see ingest-due.ts). Reads: every enabled source that is due.
// Writes: announcements and their citation sources, each source's run state, and (through
// processAnnouncement) candidates and the statuses they apply. A source that fails is recorded on its
// row with a backoff and the job goes on with the next one.
import type { JobCounts } from '@/db/queries/job-runs';
import type { JobContext } from '../runner/job-types';
import { listDueSources } from './ingest-due';
import { processPendingAnnouncements } from './ingest-process';
import { readSource } from './ingest-source';
import { recordSourceFailure, recordSourceSuccess } from './ingest-source-state';
import type { IngestDeps } from './ingest-types';

export async function runIngest(context: JobContext, deps: IngestDeps): Promise<JobCounts> {
  const { db, now, actor, log } = context;
  const counts = { sources: 0, notModified: 0, failed: 0, items: 0, stored: 0, known: 0 };
  for (const source of listDueSources(db, now())) {
    counts.sources += 1;
    try {
      const read = await readSource(db, deps, {
        url: source.url,
        kind: source.kind,
        ingestionSourceId: source.id,
        etag: source.etag,
        lastModified: source.lastModified,
        actor,
      });
      if (read.status === 'not-modified') {
        counts.notModified += 1;
        recordSourceSuccess(db, source.id, now(), null);
      } else {
        counts.items += read.items;
        counts.stored += read.stored;
        counts.known += read.known;
        recordSourceSuccess(db, source.id, now(), { etag: read.etag, lastModified: read.lastModified });
      }
    } catch (error) {
      counts.failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      log(`source ${source.id} (${source.url}): ${message}`);
      recordSourceFailure(db, source, now(), message);
    }
  }
  return { ...counts, ...processPendingAnnouncements(db, deps, { actor, log }) };
}
