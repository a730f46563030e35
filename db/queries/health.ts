// The reads behind /admin/health: how large the review queue is and how long its oldest candidate has
// waited, the latest job runs with their durations, and runs per day by outcome for the chart. Sources'
// health comes from ingestion-source-list.ts, as on /admin/sources. Each read is one indexed query
// (candidates_state_created, job_runs primary key, job_runs_started).
import { and, asc, count, desc, eq, gte, min, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { candidates, jobRuns, JOB_OUTCOMES, type JobOutcome, type JobRun } from '../schema';

export interface ReviewQueueHealth {
  size: number;
  /** When the oldest pending candidate was created (ISO), or null when the queue is empty. */
  oldestCreatedAt: string | null;
}

export function getReviewQueueHealth(db: Executor): ReviewQueueHealth {
  const row = db
    .select({ size: count(), oldest: min(candidates.createdAt) })
    .from(candidates)
    .where(eq(candidates.state, 'pending'))
    .get();
  return { size: row?.size ?? 0, oldestCreatedAt: row?.oldest ?? null };
}

export type JobRunWithDuration = JobRun & {
  /** How long it ran, in milliseconds; null while running or when the times cannot be read. */
  durationMs: number | null;
};

export function durationOf(run: Pick<JobRun, 'startedAt' | 'endedAt'>): number | null {
  if (!run.endedAt) return null;
  const ms = Date.parse(run.endedAt) - Date.parse(run.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/** The latest runs of every job, newest first. */
export function listRecentJobRuns(db: Executor, limit = 50): JobRunWithDuration[] {
  return db
    .select()
    .from(jobRuns)
    .orderBy(desc(jobRuns.id))
    .limit(limit)
    .all()
    .map((run) => ({ ...run, durationMs: durationOf(run) }));
}

export type RunsOnDay = { day: string } & Record<JobOutcome, number>;

/**
 * Runs started on each of the last `days` UTC days up to and including `now`'s, by outcome, oldest day
 * first; a day without runs is there with zeros, so a chart shows the gap.
 */
export function countRunsPerDay(db: Executor, now: Date, days = 14): RunsOnDay[] {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const dayList = Array.from({ length: days }, (_, i) =>
    new Date(today - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );
  const empty = () => Object.fromEntries(JOB_OUTCOMES.map((outcome) => [outcome, 0])) as Record<JobOutcome, number>;
  const byDay = new Map(dayList.map((day) => [day, { day, ...empty() }]));
  const day = sql<string>`substr(${jobRuns.startedAt}, 1, 10)`;
  const rows = db
    .select({ day, outcome: jobRuns.outcome, runs: count() })
    .from(jobRuns)
    .where(and(gte(jobRuns.startedAt, dayList[0]!), sql`${jobRuns.startedAt} < ${nextDay(today)}`))
    .groupBy(day, jobRuns.outcome)
    .orderBy(asc(day))
    .all();
  for (const row of rows) {
    const entry = byDay.get(row.day);
    if (entry) entry[row.outcome] = row.runs;
  }
  return [...byDay.values()];
}

const nextDay = (dayStart: number) => new Date(dayStart + 86_400_000).toISOString().slice(0, 10);
