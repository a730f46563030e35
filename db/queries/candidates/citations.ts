// Citing a further source for a status already recorded: the event that first gave the nomination this
// status gains the announcement as "also reported by", unless it already cites that source.
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../client';
import { eventCitations, statusEvents, type NominationStatus } from '../../schema';

/** The first event that gave the nomination this status, if it ever had it. */
export function findStatusEvent(db: Executor, nominationId: number, status: NominationStatus) {
  return db
    .select({ id: statusEvents.id, sourceId: statusEvents.sourceId })
    .from(statusEvents)
    .where(and(eq(statusEvents.nominationId, nominationId), eq(statusEvents.toStatus, status)))
    .orderBy(asc(statusEvents.id))
    .get();
}

/** Adds `sourceId` as a further citation of the event; false when the event already cites it. */
export function citeEvent(
  db: Executor,
  event: { id: number; sourceId: number | null },
  sourceId: number,
  actor: string,
) {
  if (event.sourceId === sourceId) return false;
  const result = db
    .insert(eventCitations)
    .values({ statusEventId: event.id, sourceId, actor })
    .onConflictDoNothing()
    .run();
  return result.changes > 0;
}
