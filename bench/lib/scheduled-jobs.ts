// The measured server is the production server, scheduled jobs included (instrumentation.ts). On the
// benchmark's new database every job is due at start, so the server's first seconds hold a catch-up
// run of each: ingestion, the sweep and a backup of the whole database. The memory watch runs through
// them; the routes are loaded once they are over, as on a server that has been up a while (a job's
// commit empties the page cache, and the backup keeps a CPU busy for seconds).
import { setTimeout as sleep } from 'node:timers/promises';
import { asc } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { jobRuns } from '../../db/schema';
import { jobRegistry } from '../../jobs/registry';

const POLL_MS = 250;

export interface SettledJobs {
  seconds: number;
  /** Each run the server made, as "job outcome". */
  runs: string[];
}

/** Waits until no job of the server is due or running; throws naming them after `timeoutMs`. */
export async function waitForScheduledJobs(file: string, timeoutMs: number): Promise<SettledJobs> {
  const startedAt = performance.now();
  const db = openDatabase(file, { readonly: true });
  try {
    for (;;) {
      const now = new Date();
      const due = Object.values(jobRegistry).filter((job) => job.isDue?.(db, now));
      const runs = db.select().from(jobRuns).orderBy(asc(jobRuns.id)).all();
      const running = runs.filter((run) => run.endedAt === null);
      if (!due.length && !running.length) {
        const seconds = (performance.now() - startedAt) / 1000;
        return { seconds, runs: runs.map((run) => `${run.job} ${run.outcome}`) };
      }
      if (performance.now() - startedAt > timeoutMs) {
        const waiting = [...due.map((job) => `${job.name} (due)`), ...running.map((run) => `${run.job} (running)`)];
        throw new Error(`the server's scheduled jobs were not done after ${timeoutMs / 1000} s: ${waiting.join(', ')}`);
      }
      await sleep(POLL_MS);
    }
  } finally {
    db.$client.close();
  }
}
