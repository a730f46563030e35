// The status changes a feed lists: the latest events of the nominations in an award, an edition or of a
// film or a person (or of the whole site), newest first, each with its nominee, category, edition and source.
// Two queries for the events and two for their nominees, whatever the scope.
import { desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, categories, editions, nominations, sources, statusEvents, type NominationStatus } from '../schema';
import { withNominees, type Nominee } from './awards';
import { filmNominationIds, personNominationIds, type FollowScope } from './follow-scope';
import { citedSourceColumns, withCitedSource, type CitedSource } from './sources';

export interface FollowEvent extends Nominee {
  id: number;
  nominationId: number;
  fromStatus: NominationStatus | null;
  toStatus: NominationStatus;
  occurredOn: string | null;
  recordedAt: string;
  note: string | null;
  source: CitedSource | null;
  displayName: string | null;
  category: string;
  categorySlug: string;
  editionName: string;
  editionSlug: string;
  awardSlug: string;
}

/** Feeds list the latest changes only: a reader polls them, and older ones are on the pages. */
export const FOLLOW_EVENT_LIMIT = 50;

function scopeCondition(scope: FollowScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'award':
      return eq(editions.awardId, scope.id);
    case 'edition':
      return eq(categories.editionId, scope.id);
    case 'film':
      // A film's few nominations through their indexes, not a scan of every event.
      return inArray(statusEvents.nominationId, filmNominationIds(scope.id));
    case 'person':
      return inArray(statusEvents.nominationId, personNominationIds(scope.id));
  }
}

export async function listFollowEvents(
  db: Executor,
  scope: FollowScope,
  limit = FOLLOW_EVENT_LIMIT,
): Promise<FollowEvent[]> {
  const rows = await db
    .select({
      id: statusEvents.id,
      nominationId: statusEvents.nominationId,
      fromStatus: statusEvents.fromStatus,
      toStatus: statusEvents.toStatus,
      occurredOn: statusEvents.occurredOn,
      recordedAt: statusEvents.recordedAt,
      note: statusEvents.note,
      ...citedSourceColumns,
      displayName: nominations.displayName,
      category: categories.name,
      categorySlug: categories.slug,
      editionName: editions.name,
      editionSlug: editions.slug,
      awardSlug: awards.slug,
    })
    .from(statusEvents)
    .innerJoin(nominations, eq(nominations.id, statusEvents.nominationId))
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .leftJoin(sources, eq(sources.id, statusEvents.sourceId))
    .where(scopeCondition(scope))
    .orderBy(desc(statusEvents.recordedAt), desc(statusEvents.id))
    .limit(limit);
  return withNominees(
    db,
    rows.map((row) => withCitedSource(row)),
    (row) => row.nominationId,
  );
}
