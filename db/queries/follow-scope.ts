// What a feed or calendar follows: an award, one edition, a film, a person, or every status change on the
// site.
// Resolved from the slugs in a feed's address, with the title and public page the feed describes.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, credits, editions, films, nominationFilms, nominationPeople, people } from '../schema';

export type FollowScope =
  | { kind: 'all' }
  | { kind: 'award'; id: number }
  | { kind: 'edition'; id: number }
  | { kind: 'film'; id: number }
  | { kind: 'person'; id: number };

/** A followed thing: its scope, its name as a feed title, and the path of its public page. */
export interface FollowTarget {
  scope: FollowScope;
  title: string;
  path: string;
  /** A short name for a downloaded file ("academy-awards", "ida-documentary-awards-2016"). */
  fileName: string;
}

export const SITE_TARGET: FollowTarget = {
  scope: { kind: 'all' },
  title: 'Laurels: every status change',
  path: '/',
  fileName: 'laurels',
};

export async function findAwardTarget(db: Executor, slug: string): Promise<FollowTarget | undefined> {
  const [row] = await db
    .select({ id: awards.id, name: awards.name })
    .from(awards)
    .where(eq(awards.slug, slug))
    .limit(1);
  return row && { scope: { kind: 'award', id: row.id }, title: row.name, path: `/awards/${slug}`, fileName: slug };
}

export async function findEditionTarget(
  db: Executor,
  awardSlug: string,
  editionSlug: string,
): Promise<FollowTarget | undefined> {
  const [row] = await db
    .select({ id: editions.id, name: editions.name })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(and(eq(awards.slug, awardSlug), eq(editions.slug, editionSlug)))
    .limit(1);
  return (
    row && {
      scope: { kind: 'edition', id: row.id },
      title: row.name,
      path: `/awards/${awardSlug}/${editionSlug}`,
      fileName: `${awardSlug}-${editionSlug}`,
    }
  );
}

export async function findFilmTarget(db: Executor, slug: string): Promise<FollowTarget | undefined> {
  const [row] = await db
    .select({ id: films.id, title: films.title, year: films.year })
    .from(films)
    .where(eq(films.slug, slug))
    .limit(1);
  return (
    row && {
      scope: { kind: 'film', id: row.id },
      title: row.year ? `${row.title} (${row.year})` : row.title,
      path: `/films/${slug}`,
      fileName: slug,
    }
  );
}

export async function findPersonTarget(db: Executor, slug: string): Promise<FollowTarget | undefined> {
  const [row] = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(eq(people.slug, slug))
    .limit(1);
  return row && { scope: { kind: 'person', id: row.id }, title: row.name, path: `/people/${slug}`, fileName: slug };
}

/** The ids of a film's nominations, through nomination_films' film index. */
export function filmNominationIds(filmId: number): SQL {
  return sql`(select ${nominationFilms.nominationId} from ${nominationFilms} where ${nominationFilms.filmId} = ${filmId})`;
}

/**
 * The ids of the nominations a person's followers want: those naming them (a director named in the
 * category) and those of the films they are credited on (a director whose film is nominated for Best
 * Feature, a company that produced it), through the person indexes of nomination_people and credits.
 */
export function personNominationIds(personId: number): SQL {
  return sql`(select ${nominationPeople.nominationId} from ${nominationPeople} where ${nominationPeople.personId} = ${personId}
    union select ${nominationFilms.nominationId} from ${credits}
      join ${nominationFilms} on ${nominationFilms.filmId} = ${credits.filmId}
      where ${credits.personId} = ${personId})`;
}
