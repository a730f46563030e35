// Runs the registered jobs on their schedule inside a long-running process (the web server, through
// instrumentation.ts, or the standalone worker). A node-cron task ticks every minute per job and runs
// it when it is due; soon after start, one catch-up run does what fell due while nothing was running
// (once, however many slots were missed, see jobs/ingest/ingest-due.ts). Registered once per process: a
// second call (hot reload, a second import) does nothing. The lease in runJob keeps processes that
// share a database from running a job twice.
import cron, { type ScheduledTask } from 'node-cron';
import { getDb, type Db } from '@/db/client';
import { jobRegistry } from './registry';
import { runJob } from './runner/run-job';
import type { JobTrigger } from '@/db/queries/job-runs';

const globalForScheduler = globalThis as unknown as {
  laurelsScheduler?: ScheduledTask[];
  laurelsCatchUp?: NodeJS.Timeout;
};

/**
 * How long after start the web server waits before its catch-up: the first catch-up on a large database
 * (a backup of all of it, the sweep, ingestion loading its parsers) kept the first answer waiting.
 */
export const CATCH_UP_AFTER_MS = 3_000;

export interface SchedulerOptions {
  db?: () => Db;
  log?: (message: string) => void;
  /** Milliseconds before the catch-up run; the worker, which answers no one, starts at once. */
  catchUpAfterMs?: number;
}
type TickSettings = Required<Pick<SchedulerOptions, 'db' | 'log'>>;

async function tick(name: string, trigger: JobTrigger, options: TickSettings): Promise<void> {
  const db = options.db();
  const job = jobRegistry[name];
  const now = new Date();
  if (!job || (job.isDue && !job.isDue(db, now))) return;
  const scheduledFor = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
  const result = await runJob(name, trigger, { db, scheduledFor, log: options.log });
  if (result.status === 'failed') options.log(`job ${name} failed: ${result.error}`);
  if (result.status === 'succeeded') options.log(`job ${name}: ${JSON.stringify(result.counts)}`);
}

/** Starts the jobs' timers in this process (once) and, after catchUpAfterMs, a catch-up run; returns the tasks. */
export function startScheduler(options: SchedulerOptions = {}): ScheduledTask[] {
  if (globalForScheduler.laurelsScheduler) return globalForScheduler.laurelsScheduler;
  const settings: TickSettings = {
    db: options.db ?? getDb,
    log: options.log ?? ((message) => console.log(`laurels: ${message}`)),
  };
  const safely = (name: string, trigger: JobTrigger) => () =>
    tick(name, trigger, settings).catch((error: unknown) =>
      settings.log(`job ${name} could not run: ${error instanceof Error ? error.message : String(error)}`),
    );
  const tasks = Object.keys(jobRegistry).map((name) =>
    cron.schedule('* * * * *', safely(name, 'schedule'), { name: `laurels:${name}`, noOverlap: true, timezone: 'UTC' }),
  );
  globalForScheduler.laurelsScheduler = tasks;
  const catchUp = setTimeout(() => {
    for (const name of Object.keys(jobRegistry)) void safely(name, 'catch-up')();
  }, options.catchUpAfterMs ?? CATCH_UP_AFTER_MS);
  catchUp.unref();
  globalForScheduler.laurelsCatchUp = catchUp;
  return tasks;
}

/** Stops the timers (the worker on a signal, tests). */
export async function stopScheduler(): Promise<void> {
  const tasks = globalForScheduler.laurelsScheduler ?? [];
  globalForScheduler.laurelsScheduler = undefined;
  clearTimeout(globalForScheduler.laurelsCatchUp);
  await Promise.all(tasks.map((task) => task.destroy()));
}
