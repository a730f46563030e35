// Who a nomination honours, as ids in their order (for recomputing its nominee key) and in words (for a
// message that names a nominee: the clash on a save, the films someone else changed).
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { films, nominationFilms, nominationPeople, nominations, people } from '../schema';

export interface NominationMembers {
  filmIds: number[];
  personIds: number[];
}

export function loadMembers(tx: Executor, nominationId: number): NominationMembers {
  const filmIds = tx
    .select({ id: nominationFilms.filmId })
    .from(nominationFilms)
    .where(eq(nominationFilms.nominationId, nominationId))
    .orderBy(asc(nominationFilms.position))
    .all()
    .map((row) => row.id);
  const personIds = tx
    .select({ id: nominationPeople.personId })
    .from(nominationPeople)
    .where(eq(nominationPeople.nominationId, nominationId))
    .orderBy(asc(nominationPeople.position))
    .all()
    .map((row) => row.id);
  return { filmIds, personIds };
}

/** “13th” – Ava DuVernay: the titles and names of a nomination, or its display name. */
export function describeNominee(tx: Executor, nominationId: number): string {
  const titles = tx
    .select({ title: films.title })
    .from(nominationFilms)
    .innerJoin(films, eq(films.id, nominationFilms.filmId))
    .where(eq(nominationFilms.nominationId, nominationId))
    .orderBy(asc(nominationFilms.position))
    .all()
    .map((row) => `“${row.title}”`);
  const names = tx
    .select({ name: people.name })
    .from(nominationPeople)
    .innerJoin(people, eq(people.id, nominationPeople.personId))
    .where(eq(nominationPeople.nominationId, nominationId))
    .orderBy(asc(nominationPeople.position))
    .all()
    .map((row) => row.name);
  const words = [titles.join(', '), names.join(', ')].filter(Boolean).join(' – ');
  if (words) return words;
  const row = tx
    .select({ name: nominations.displayName })
    .from(nominations)
    .where(eq(nominations.id, nominationId))
    .get();
  return row?.name ? `“${row.name}”` : 'an unnamed nominee';
}
