// Runs one job once: takes the in-process guard and the database lease (or reports that someone else
// runs it), asks a job run by the clock whether it is still due, marks runs left behind by dead holders
// as abandoned, records the run, renews the lease while the job works, and records how it ended. A
// failure is recorded, never thrown.
import { getDb, type Db } from '@/db/client';
import { abandonStaleRuns, finishJobRun, startJobRun, type JobCounts, type JobTrigger } from '@/db/queries/job-runs';
import { jobRegistry } from '../registry';
import type { JobDefinition } from './job-types';
import { acquireLease, currentHolder, enterJob, LEASE_MS, leaveJob, releaseLease, renewLease } from './lease';

export interface RunJobOptions {
  db?: Db;
  now?: () => Date;
  holder?: string;
  leaseMs?: number;
  scheduledFor?: string | null;
  log?: (message: string) => void;
  /** A job not in the registry (tests). */
  definition?: JobDefinition;
}

export type RunJobResult =
  | { status: 'skipped'; reason: string }
  | { status: 'succeeded'; runId: number; counts: JobCounts }
  | { status: 'failed'; runId: number; error: string };

export class UnknownJobError extends Error {
  override name = 'UnknownJobError';
}

export async function runJob(name: string, trigger: JobTrigger, options: RunJobOptions = {}): Promise<RunJobResult> {
  const definition = options.definition ?? jobRegistry[name];
  if (!definition)
    throw new UnknownJobError(`There is no job named "${name}" (known: ${Object.keys(jobRegistry).join(', ')}).`);
  const db = options.db ?? getDb();
  const now = options.now ?? (() => new Date());
  const holder = options.holder ?? currentHolder();
  const leaseMs = options.leaseMs ?? LEASE_MS;
  if (!enterJob(name)) return { status: 'skipped', reason: `${name} is already running in this process.` };
  try {
    const lease = acquireLease(db, name, holder, now(), leaseMs);
    if (!lease.acquired) {
      return { status: 'skipped', reason: `${name} is running in ${lease.holder} (lease until ${lease.expiresAt}).` };
    }
    try {
      // The scheduler asked before it took the lease; another process may have run the job and let the
      // lease go in between, and only the answer given under the lease says the slot is still open.
      if (trigger !== 'manual' && definition.isDue && !definition.isDue(db, now())) {
        return { status: 'skipped', reason: `${name} is no longer due; another process may have just run it.` };
      }
      return await recordedRun(db, definition, { trigger, holder, now, leaseMs, ...options });
    } finally {
      releaseLease(db, name, holder);
    }
  } finally {
    leaveJob(name);
  }
}

async function recordedRun(
  db: Db,
  definition: JobDefinition,
  options: RunJobOptions & { trigger: JobTrigger; holder: string; now: () => Date; leaseMs: number },
): Promise<RunJobResult> {
  const { name } = definition;
  const { holder, now, leaseMs } = options;
  const startedAt = now().toISOString();
  abandonStaleRuns(db, name, startedAt);
  const run = startJobRun(db, {
    job: name,
    trigger: options.trigger,
    holder,
    startedAt,
    scheduledFor: options.scheduledFor,
  });
  // Renew well before expiry; unref so a pending renewal never keeps a CLI process alive.
  const log = options.log ?? (() => {});
  const renewal = setInterval(() => keepLease(db, name, holder, now(), leaseMs, log), Math.max(leaseMs / 3, 10));
  renewal.unref();
  try {
    const counts = await definition.run({ db, now, actor: `job:${name}`, log });
    finishJobRun(db, run.id, { outcome: 'succeeded', endedAt: now().toISOString(), counts });
    return { status: 'succeeded', runId: run.id, counts };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    finishJobRun(db, run.id, { outcome: 'failed', endedAt: now().toISOString(), error: message });
    return { status: 'failed', runId: run.id, error: message };
  } finally {
    clearInterval(renewal);
  }
}

/** One renewal; a failure is logged, never thrown (this runs in a timer, where a throw would crash). */
function keepLease(db: Db, name: string, holder: string, now: Date, leaseMs: number, log: (line: string) => void) {
  try {
    if (!renewLease(db, name, holder, now, leaseMs))
      log(`${name}: the lease expired and was taken over by another process.`);
  } catch (error) {
    log(`${name}: the lease could not be renewed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
