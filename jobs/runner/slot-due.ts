// When a job on a fixed schedule (the sweep, the backup) is due: when no run of it has started since the
// schedule's latest slot. A slot missed while nothing ran is caught up once, however many were missed.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { jobRuns } from '@/db/schema';
import { previousSlot } from '../ingest/ingest-due';

export function isDueOncePerSlot(db: Db, job: string, schedule: string, now: Date): boolean {
  const slot = previousSlot(schedule, now);
  if (!slot) return false;
  const last = db
    .select({ startedAt: jobRuns.startedAt })
    .from(jobRuns)
    .where(eq(jobRuns.job, job))
    .orderBy(desc(jobRuns.startedAt))
    .limit(1)
    .get();
  return !last || new Date(last.startedAt) < slot;
}
