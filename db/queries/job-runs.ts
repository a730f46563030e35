// Job runs: one row per run of a scheduled job (who ran it, when, how it ended, what it counted), so an
// admin can see that the jobs run and why one failed. A run whose process died stays 'running' until
// the next run of the job, holding the lease, marks it 'abandoned'.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { jobRuns, type JobRun } from '../schema';

export type JobTrigger = 'schedule' | 'manual' | 'catch-up' | 'startup';
export type JobCounts = Record<string, number>;

export function startJobRun(
  db: Executor,
  input: { job: string; trigger: JobTrigger; holder: string; startedAt: string; scheduledFor?: string | null },
): JobRun {
  return db
    .insert(jobRuns)
    .values({ ...input, scheduledFor: input.scheduledFor ?? null, outcome: 'running' })
    .returning()
    .get();
}

export function finishJobRun(
  db: Executor,
  id: number,
  result: { outcome: 'succeeded' | 'failed'; endedAt: string; counts?: JobCounts | null; error?: string | null },
): void {
  db.update(jobRuns)
    .set({
      outcome: result.outcome,
      endedAt: result.endedAt,
      counts: result.counts ?? null,
      error: result.error ?? null,
    })
    .where(eq(jobRuns.id, id))
    .run();
}

/**
 * Marks the job's runs still 'running' as abandoned. Called only by the lease holder before it starts,
 * so any such run belongs to a process whose lease has expired. Returns how many were marked.
 */
export function abandonStaleRuns(db: Executor, job: string, endedAt: string): number {
  return db
    .update(jobRuns)
    .set({ outcome: 'abandoned', endedAt, error: 'The process running it stopped before the run ended.' })
    .where(and(eq(jobRuns.job, job), eq(jobRuns.outcome, 'running')))
    .run().changes;
}

export function listJobRuns(db: Executor, job: string, limit = 20): JobRun[] {
  return db.select().from(jobRuns).where(eq(jobRuns.job, job)).orderBy(desc(jobRuns.id)).limit(limit).all();
}

/** The latest run of each job that has run at least once. */
export function listLatestRuns(db: Executor): JobRun[] {
  const latest = db
    .select({ id: sql<number>`max(${jobRuns.id})` })
    .from(jobRuns)
    .groupBy(jobRuns.job);
  return db
    .select()
    .from(jobRuns)
    .where(sql`${jobRuns.id} in ${latest}`)
    .orderBy(jobRuns.job)
    .all();
}
