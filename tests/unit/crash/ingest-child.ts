// Child process for ingest-crash.test.ts: runs the ingest job as `laurels jobs run ingest` does, with its
// real pieces, except that the second announcement is processed inside a transaction of this script's
// that, once the announcement's candidates and its "processed" mark are written, says 'halfway' and
// holds still: the test's SIGKILL then lands every time with that work written and not committed.
import { openDatabase, writeTransaction } from '../../../db/client';
import { ingestDeps } from '../../../jobs/ingest/ingest-deps';
import { runIngest } from '../../../jobs/ingest/ingest-job';
import type { IngestDeps } from '../../../jobs/ingest/ingest-types';
import { jobRegistry } from '../../../jobs/registry';
import { runJob } from '../../../jobs/runner/run-job';

const db = openDatabase(process.env.LAURELS_DB!);
const pause = new Int32Array(new SharedArrayBuffer(4));
let processed = 0;
const deps: IngestDeps = {
  ...ingestDeps,
  processAnnouncement: (executor, input) => {
    processed += 1;
    if (processed !== 2) return ingestDeps.processAnnouncement(executor, input);
    return writeTransaction(executor, (tx) => {
      const counts = ingestDeps.processAnnouncement(tx, input);
      process.stdout.write(`halfway ${input.announcementId}\n`);
      // Blocks this thread, and so the open transaction, until the test kills the process.
      Atomics.wait(pause, 0, 0, 60_000);
      return counts;
    });
  },
};

void runJob('ingest', 'manual', { db, definition: { ...jobRegistry.ingest!, run: (ctx) => runIngest(ctx, deps) } });
