// What a read leaves on its ingestion source: the validators for the next conditional GET and the
// run times after a success; the error, the failure count and when to try again after a failure.
// These are the job's bookkeeping, not an edit, so the row's version (for admins' edit conflicts) is
// left alone.
import { eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '@/db/client';
import { ingestionSources, type IngestionSource } from '@/db/schema';
import { backoffMs } from './ingest-due';

export function recordSourceSuccess(
  db: Executor,
  sourceId: number,
  at: Date,
  validators: { etag: string | null; lastModified: string | null } | null,
): void {
  const time = at.toISOString();
  writeTransaction(db, (tx) =>
    tx
      .update(ingestionSources)
      .set({
        lastRunAt: time,
        lastSuccessAt: time,
        // A 304 keeps the validators we sent.
        ...(validators ?? {}),
        consecutiveFailures: 0,
        lastError: null,
        retryAfter: null,
      })
      .where(eq(ingestionSources.id, sourceId))
      .run(),
  );
}

export function recordSourceFailure(db: Executor, source: IngestionSource, at: Date, error: string): void {
  const failures = source.consecutiveFailures + 1;
  writeTransaction(db, (tx) =>
    tx
      .update(ingestionSources)
      .set({
        lastRunAt: at.toISOString(),
        lastError: error,
        lastErrorAt: at.toISOString(),
        consecutiveFailures: failures,
        retryAfter: new Date(at.getTime() + backoffMs(failures)).toISOString(),
      })
      .where(eq(ingestionSources.id, source.id))
      .run(),
  );
}
