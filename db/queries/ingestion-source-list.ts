// The reads behind `laurels sources list` and /admin/sources: every source with its health (last run,
// last success, last error, failures in a row) and its next run, and one source for its edit page. The next
// run is the schedule's first tick after now; for a source never read, now; for one that failed, the end of
// its backoff.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, ingestionSources, type IngestionKind } from '../schema';
import { nextRunAfter } from './ingestion-source-fields';

export interface SourceListRow {
  id: number;
  url: string;
  kind: IngestionKind;
  name: string | null;
  schedule: string;
  enabled: boolean;
  awardSlug: string | null;
  awardName: string | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  retryAfter: string | null;
  version: number;
  /** ISO time of the next scheduled read; null when disabled (or the schedule cannot be read). */
  nextRunAt: string | null;
}

const columns = {
  id: ingestionSources.id,
  url: ingestionSources.url,
  kind: ingestionSources.kind,
  name: ingestionSources.name,
  schedule: ingestionSources.schedule,
  enabled: ingestionSources.enabled,
  awardSlug: awards.slug,
  awardName: awards.name,
  lastRunAt: ingestionSources.lastRunAt,
  lastSuccessAt: ingestionSources.lastSuccessAt,
  lastError: ingestionSources.lastError,
  lastErrorAt: ingestionSources.lastErrorAt,
  consecutiveFailures: ingestionSources.consecutiveFailures,
  retryAfter: ingestionSources.retryAfter,
  version: ingestionSources.version,
};

type StoredRow = Omit<SourceListRow, 'nextRunAt'>;

function withNextRun(row: StoredRow, now: Date): SourceListRow {
  if (!row.enabled) return { ...row, nextRunAt: null };
  // A source never read is read at once, and one that failed as soon as its backoff ends, not at the
  // schedule's next tick (jobs/ingest/ingest-due.ts): by the ingest job's first run from then.
  if (!row.lastRunAt || row.consecutiveFailures > 0) {
    const retry = row.retryAfter ? new Date(row.retryAfter) : now;
    return { ...row, nextRunAt: (retry > now ? retry : now).toISOString() };
  }
  return { ...row, nextRunAt: nextRunAfter(row.schedule, now)?.toISOString() ?? null };
}

export function listSources(db: Executor, now: Date = new Date()): SourceListRow[] {
  return db
    .select(columns)
    .from(ingestionSources)
    .leftJoin(awards, eq(awards.id, ingestionSources.awardId))
    .orderBy(asc(ingestionSources.id))
    .all()
    .map((row) => withNextRun(row, now));
}

export function getSource(db: Executor, sourceId: number, now: Date = new Date()): SourceListRow | undefined {
  const row = db
    .select(columns)
    .from(ingestionSources)
    .leftJoin(awards, eq(awards.id, ingestionSources.awardId))
    .where(eq(ingestionSources.id, sourceId))
    .get();
  return row ? withNextRun(row, now) : undefined;
}

/** The awards a source may be about, for the form's list. */
export function listAwardChoices(db: Executor): { slug: string; name: string }[] {
  return db.select({ slug: awards.slug, name: awards.name }).from(awards).orderBy(asc(awards.name)).all();
}
