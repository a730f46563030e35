// What a nomination's edit page reads: the nomination with its category, edition and award, the films
// and people it honours (with ids, to remove one), and its status history with each event's source.
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  awards,
  categories,
  editions,
  films,
  nominationFilms,
  nominationPeople,
  nominations,
  people,
  sources,
  statusEvents,
  users,
} from '../schema';
import { citedSourceColumns, withCitedSource } from './sources';

export async function getNominationForEdit(db: Executor, id: number) {
  const nomination = db
    .select({
      id: nominations.id,
      status: nominations.status,
      displayName: nominations.displayName,
      detail: nominations.detail,
      note: nominations.note,
      citation: nominations.citation,
      position: nominations.position,
      version: nominations.version,
      categoryId: categories.id,
      categoryName: categories.name,
      editionName: editions.name,
      editionSlug: editions.slug,
      awardSlug: awards.slug,
    })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(eq(nominations.id, id))
    .get();
  if (!nomination) return undefined;
  const filmList = db
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
    .from(nominationFilms)
    .innerJoin(films, eq(films.id, nominationFilms.filmId))
    .where(eq(nominationFilms.nominationId, id))
    .orderBy(asc(nominationFilms.position))
    .all();
  const personList = db
    .select({ id: people.id, slug: people.slug, name: people.name })
    .from(nominationPeople)
    .innerJoin(people, eq(people.id, nominationPeople.personId))
    .where(eq(nominationPeople.nominationId, id))
    .orderBy(asc(nominationPeople.position))
    .all();
  return { ...nomination, films: filmList, people: personList };
}

/** The status history, oldest first, each event with who recorded it, when, and its source or note. */
export async function listNominationEvents(db: Executor, nominationId: number) {
  return (
    db
      .select({
        id: statusEvents.id,
        fromStatus: statusEvents.fromStatus,
        toStatus: statusEvents.toStatus,
        occurredOn: statusEvents.occurredOn,
        note: statusEvents.note,
        actor: statusEvents.actor,
        actorEmail: users.email,
        recordedAt: statusEvents.recordedAt,
        ...citedSourceColumns,
      })
      .from(statusEvents)
      .leftJoin(sources, eq(sources.id, statusEvents.sourceId))
      // Actors are stored as 'user:<id>' for a person; the address says who that is.
      .leftJoin(users, sql`${statusEvents.actor} = 'user:' || ${users.id}`)
      .where(eq(statusEvents.nominationId, nominationId))
      .orderBy(asc(statusEvents.id))
      .all()
      .map(withCitedSource)
  );
}
