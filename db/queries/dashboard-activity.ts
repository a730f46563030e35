// The latest status changes in documentary categories across every award, newest recorded first, each
// with what it is about (its first film, else its name or first person) and the source it rests on.
// One query (the film and person of each nomination come from correlated subqueries on the link tables'
// primary keys), reading status_events through its recorded_at index.
import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  awards,
  canonicalCategories,
  categories,
  editions,
  films,
  nominationFilms,
  nominationPeople,
  nominations,
  people,
  sources,
  statusEvents,
} from '../schema';
import type { NominationStatus } from '../schema';
import { citedSourceColumns, withCitedSource } from './sources';

export function listRecentStatusChanges(db: Executor, limit = 20) {
  const firstFilm = (column: typeof films.title | typeof films.slug) =>
    sql<
      string | null
    >`(select ${column} from ${nominationFilms} join ${films} on ${films.id} = ${nominationFilms.filmId}
      where ${nominationFilms.nominationId} = ${nominations.id}
      order by ${nominationFilms.position} limit 1)`;
  // A nomination of people alone (an honorary or technical award) is named by its first person.
  const firstPerson = sql<
    string | null
  >`(select ${people.name} from ${nominationPeople} join ${people} on ${people.id} = ${nominationPeople.personId}
      where ${nominationPeople.nominationId} = ${nominations.id}
      order by ${nominationPeople.position} limit 1)`;
  const rows = db
    .select({
      eventId: statusEvents.id,
      fromStatus: statusEvents.fromStatus,
      toStatus: sql<NominationStatus>`${statusEvents.toStatus}`,
      occurredOn: statusEvents.occurredOn,
      recordedAt: statusEvents.recordedAt,
      note: statusEvents.note,
      nomineeName: sql<string | null>`coalesce(${nominations.displayName}, ${firstPerson})`,
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
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .leftJoin(sources, eq(sources.id, statusEvents.sourceId))
    // The documentary dashboard's changes: in documentary categories, or ones without a canonical one.
    .where(sql`coalesce(${canonicalCategories.isDocumentary}, 1) = 1`)
    .orderBy(desc(statusEvents.recordedAt), desc(statusEvents.id))
    .limit(limit)
    .all();
  return rows.map(withCitedSource);
}

export type RecentStatusChange = ReturnType<typeof listRecentStatusChanges>[number];
