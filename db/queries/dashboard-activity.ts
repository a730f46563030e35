// The latest status changes across every award, newest recorded first, each with what it is about and
// the source it rests on. One query (the film of each nomination comes from a correlated subquery on
// the nomination_films primary key), reading status_events through its recorded_at index.
import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, categories, editions, films, nominationFilms, nominations, sources, statusEvents } from '../schema';
import type { NominationStatus } from '../schema';
import { citedSourceColumns, withCitedSource } from './sources';

export function listRecentStatusChanges(db: Executor, limit = 20) {
  const firstFilm = (column: typeof films.title | typeof films.slug) =>
    sql<
      string | null
    >`(select ${column} from ${nominationFilms} join ${films} on ${films.id} = ${nominationFilms.filmId}
      where ${nominationFilms.nominationId} = ${nominations.id}
      order by ${nominationFilms.position} limit 1)`;
  const rows = db
    .select({
      eventId: statusEvents.id,
      fromStatus: statusEvents.fromStatus,
      toStatus: sql<NominationStatus>`${statusEvents.toStatus}`,
      occurredOn: statusEvents.occurredOn,
      recordedAt: statusEvents.recordedAt,
      note: statusEvents.note,
      displayName: nominations.displayName,
      filmTitle: firstFilm(films.title),
      filmSlug: firstFilm(films.slug),
      categoryName: categories.name,
      editionSlug: editions.slug,
      editionName: editions.name,
      awardSlug: awards.slug,
      ...citedSourceColumns,
    })
    .from(statusEvents)
    .innerJoin(nominations, eq(nominations.id, statusEvents.nominationId))
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .leftJoin(sources, eq(sources.id, statusEvents.sourceId))
    .orderBy(desc(statusEvents.recordedAt), desc(statusEvents.id))
    .limit(limit)
    .all();
  return rows.map(withCitedSource);
}

export type RecentStatusChange = ReturnType<typeof listRecentStatusChanges>[number];
