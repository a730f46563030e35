// What a job is: a named handler that receives its dependencies (database, clock, actor, logger), so a
// test passes a temporary database and a fixed clock, and returns what it counted.
import type { Db } from '@/db/client';
import type { JobCounts } from '@/db/queries/job-runs';

export interface JobContext {
  db: Db;
  now: () => Date;
  /** Who the job's writes are recorded as ('job:<name>'). */
  actor: string;
  log: (message: string) => void;
}

export interface JobDefinition {
  name: string;
  description: string;
  run: (context: JobContext) => Promise<JobCounts>;
  /** Whether the scheduler's minute tick should run it now; a job without it runs on every tick. */
  isDue?: (db: Db, now: Date) => boolean;
}
