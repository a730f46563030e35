// What an API path or filter names: an award, an edition of it, a film (slug or IMDb id) or a person
// (slug or IMDb id). Unknown names are a 404 with a message saying exactly what was not found; the old
// slug of a merged film or person, a film's slug without its year when only one film has it, and an
// edition named by year or ordinal, answer 301 to the real address; one that could mean several is a
// 404 that names them.
import type { Db } from '@/db/client';
import { findCanonicalCategoryId, getAwardBySlug, lookUpEdition } from '@/db/queries/awards';
import { getFilmBySlug, getFilmSlugByImdbId, listFilmsAtSlugWithYear } from '@/db/queries/films';
import { getPersonBySlug, getPersonSlugByImdbId } from '@/db/queries/people';
import { findRedirectSlug } from '@/db/queries/redirects';
import { shortened } from '@/db/rules/text';
import { ApiError } from './respond';
import { notFound } from './api-route';

/** A name from the URL as a message shows it: quoted, and cut short so a long one cannot flood the answer. */
export function quoted(value: string): string {
  return `'${shortened(value)}'`;
}

/**
 * Slugs and IMDb ids are lower case; a path that writes one in another case ("/films/TT5895028") moves to
 * the record's own address, as the pages do, and a filter simply uses it.
 */
function movedCase(given: string, slug: string, movedTo?: (slug: string) => string): void {
  if (movedTo && given !== given.toLowerCase()) throw new ApiError(301, 'Moved', movedTo(slug));
}

export async function resolveAward(db: Db, slug: string, movedTo?: (slug: string) => string) {
  const award = (await getAwardBySlug(db, slug.toLowerCase())) ?? notFound(`No award with slug ${quoted(slug)}.`);
  movedCase(slug, award.slug, movedTo);
  return award;
}

/**
 * The edition `slug` of the award. A year or ordinal that stands for exactly one edition ("2016", "89")
 * moves to that edition's address when `movedTo` is given (path lookups); a filter simply uses it.
 */
export async function resolveEdition(db: Db, awardSlug: string, slug: string, movedTo?: (slug: string) => string) {
  const lookup = await lookUpEdition(db, await resolveAward(db, awardSlug), slug);
  if ('missing' in lookup) return notFound(lookup.missing);
  if (!lookup.asNamed && movedTo) throw new ApiError(301, 'Moved', movedTo(lookup.edition.slug));
  return lookup.edition;
}

const FILM_IMDB_ID = /^tt\d{1,12}$/;
const PERSON_IMDB_ID = /^(nm|co)\d{1,12}$/;

/** The film with this slug or IMDb id (tt…); a merged film's old slug moves to the survivor when `movedTo` is given. */
export async function resolveFilm(db: Db, given: string, movedTo?: (slug: string) => string) {
  const key = given.toLowerCase();
  const slug = FILM_IMDB_ID.test(key) ? await getFilmSlugByImdbId(db, key) : key;
  const film = slug === undefined ? undefined : await getFilmBySlug(db, slug);
  if (film) {
    movedCase(given, film.slug, movedTo);
    return film;
  }
  // A merged film's old slug, or a title's slug without the year when one film has it ("13th"), as the pages.
  const survivor = slug === undefined ? undefined : await findRedirectSlug(db, 'film', slug);
  const withYear = slug === undefined || survivor ? [] : await listFilmsAtSlugWithYear(db, slug);
  const moved = survivor ?? (withYear.length === 1 ? withYear[0]!.slug : undefined);
  if (moved && movedTo) throw new ApiError(301, 'Moved', movedTo(moved));
  const found = moved === undefined ? undefined : await getFilmBySlug(db, moved);
  const many = withYear.length > 1 ? ` It could be any of: ${withYear.map((film) => film.slug).join(', ')}.` : '';
  return found ?? notFound(`No film with slug or IMDb id ${quoted(given)}.${many}`);
}

/** The person with this slug or IMDb id (nm…, co…); a merged person's old slug moves like a film's. */
export async function resolvePerson(db: Db, given: string, movedTo?: (slug: string) => string) {
  const key = given.toLowerCase();
  const slug = PERSON_IMDB_ID.test(key) ? await getPersonSlugByImdbId(db, key) : key;
  const person = slug === undefined ? undefined : await getPersonBySlug(db, slug);
  if (person) {
    movedCase(given, person.slug, movedTo);
    return person;
  }
  const survivor = slug === undefined ? undefined : await findRedirectSlug(db, 'person', slug);
  if (survivor && movedTo) throw new ApiError(301, 'Moved', movedTo(survivor));
  const found = survivor === undefined ? undefined : await getPersonBySlug(db, survivor);
  return found ?? notFound(`No person with slug or IMDb id ${quoted(given)}.`);
}

/** The award's category across the years that `slug` names (its own slug, or an edition's for it). */
export function resolveCategory(db: Db, award: { id: number; slug: string; name: string }, slug: string): number {
  return (
    findCanonicalCategoryId(db, award.id, slug.toLowerCase()) ??
    notFound(`No category ${quoted(slug)} of ${award.name}. Its categories are listed at /api/v1/awards/${award.slug}.`)
  );
}
