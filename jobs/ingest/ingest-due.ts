// When a source is due: its latest scheduled time (cron-parser, UTC) is after its last run, and it is
// not backing off. Comparing with the latest slot only, not every slot missed, is what makes a run
// missed during downtime caught up once rather than once per slot. A source that failed last time is
// due again as soon as its backoff ends, so a failing source is retried sooner than its next slot.
import { CronExpressionParser } from 'cron-parser';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { ingestionSources, type IngestionSource } from '@/db/schema';

const MINUTE = 60 * 1000;
const MAX_BACKOFF = 6 * 60 * MINUTE;

/** The latest time at or before `now` the schedule names, or null when the expression is unusable. */
export function previousSlot(schedule: string, now: Date): Date | null {
  try {
    // cron-parser's prev() is strictly before currentDate; a second later includes a slot at `now`.
    const expression = CronExpressionParser.parse(schedule, { currentDate: new Date(now.getTime() + 1000), tz: 'UTC' });
    return expression.prev().toDate();
  } catch {
    return null;
  }
}

type DueFields = Pick<IngestionSource, 'enabled' | 'schedule' | 'lastRunAt' | 'retryAfter' | 'consecutiveFailures'>;

export function isSourceDue(source: DueFields, now: Date): boolean {
  if (!source.enabled) return false;
  if (source.retryAfter && new Date(source.retryAfter) > now) return false;
  if (!source.lastRunAt || source.consecutiveFailures > 0) return true;
  const slot = previousSlot(source.schedule, now);
  return slot !== null && slot > new Date(source.lastRunAt);
}

/** How long a source that failed `failures` times in a row waits: 2^failures minutes, at most 6 hours. */
export function backoffMs(failures: number): number {
  return Math.min(2 ** Math.min(failures, 20) * MINUTE, MAX_BACKOFF);
}

export function listDueSources(db: Executor, now: Date): IngestionSource[] {
  return db
    .select()
    .from(ingestionSources)
    .where(eq(ingestionSources.enabled, true))
    .orderBy(ingestionSources.id)
    .all()
    .filter((source) => isSourceDue(source, now));
}
