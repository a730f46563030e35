// Who may run a job now. A lease row in job_leases names its holder (host:pid:random) and an expiry;
// any process sharing the database takes it only when it is absent or expired, inside BEGIN IMMEDIATE
// so two processes cannot both see it free. The holder renews it while the job runs and deletes it at
// the end; a holder that dies simply lets it expire. An in-process set guards against a process
// overlapping itself (two timers, or the scheduler beside a manual run) before the database is asked.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '@/db/client';
import { jobLeases } from '@/db/schema';

/** Five minutes: long enough between renewals, short enough that a dead holder is replaced soon. */
export const LEASE_MS = 5 * 60 * 1000;

const processHolder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/** This process's name as a lease holder. */
export function currentHolder(): string {
  return processHolder;
}

export type LeaseResult = { acquired: true } | { acquired: false; holder: string; expiresAt: string };

/**
 * Whether a holder is a process on this machine that no longer exists (it was killed or crashed):
 * its lease need not be waited out. Holders on other machines are only ever replaced on expiry.
 */
function isDeadLocalHolder(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid) || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Takes the job's lease when it is free, expired, held by a dead process here, or already ours. */
export function acquireLease(db: Executor, job: string, holder: string, now: Date, ttlMs = LEASE_MS): LeaseResult {
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(jobLeases).where(eq(jobLeases.job, job)).get();
    const isTaken =
      current &&
      current.holder !== holder &&
      current.expiresAt > now.toISOString() &&
      !isDeadLocalHolder(current.holder);
    if (current && isTaken) {
      return { acquired: false, holder: current.holder, expiresAt: current.expiresAt };
    }
    tx.insert(jobLeases)
      .values({ job, holder, expiresAt })
      .onConflictDoUpdate({ target: jobLeases.job, set: { holder, expiresAt } })
      .run();
    return { acquired: true };
  });
}

/** Pushes the expiry on; false when the lease is no longer ours (it expired and was taken over). */
export function renewLease(db: Executor, job: string, holder: string, now: Date, ttlMs = LEASE_MS): boolean {
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  return (
    writeTransaction(db, (tx) =>
      tx
        .update(jobLeases)
        .set({ expiresAt })
        .where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder)))
        .run(),
    ).changes === 1
  );
}

export function releaseLease(db: Executor, job: string, holder: string): void {
  writeTransaction(db, (tx) =>
    tx
      .delete(jobLeases)
      .where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder)))
      .run(),
  );
}

const globalForJobs = globalThis as unknown as { laurelsRunningJobs?: Set<string> };
const runningHere = (globalForJobs.laurelsRunningJobs ??= new Set<string>());

/** Marks a job running in this process; false when it already is. */
export function enterJob(job: string): boolean {
  if (runningHere.has(job)) return false;
  runningHere.add(job);
  return true;
}

export function leaveJob(job: string): void {
  runningHere.delete(job);
}
