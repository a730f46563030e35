// Films: finding one by its ids or title, creating it, and the aliases it is known by; and what a
// film's page reads (the film, its aliases, credits and every nomination across all awards).
import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { foldText } from '../rules/text';
import { credits, filmAliases, films, nominationFilms, nominations, people, type Film } from '../schema';
import { recordAudit } from './audit';
import { filmSlugRoot, freeSlugIn } from './slugs';
import { listTimeline, type TimelineEntry } from './timeline';

export interface FilmInput {
  title: string;
  originalTitle?: string | null;
  year?: number | null;
  runtimeMinutes?: number | null;
  countries?: string | null;
  imdbId?: string | null;
  wikidataId?: string | null;
  isDocumentary?: boolean;
}

/**
 * The film with this IMDb id, or else with this title (or alias) and year, created when there is none.
 * A film found again gains what the input adds (an IMDb id, documentary flag) but keeps what it had.
 */
export function ensureFilm(tx: Executor, input: FilmInput, actor: string): { film: Film; created: boolean } {
  const found = findFilm(tx, input);
  if (found) {
    const patch = filmPatch(found, input);
    if (!Object.keys(patch).length) return { film: found, created: false };
    const film = tx.update(films).set(patch).where(eq(films.id, found.id)).returning().get();
    recordAudit(tx, {
      actor,
      action: 'film.update',
      entityType: 'film',
      entityId: film.id,
      before: found,
      after: patch,
    });
    return { film, created: false };
  }
  const titleFolded = foldText(input.title);
  const slug = freeSlugIn(tx, films, films.slug, filmSlugRoot(titleFolded, input.year));
  const film = tx
    .insert(films)
    .values({ ...input, titleFolded, isDocumentary: input.isDocumentary ?? false, slug })
    .returning()
    .get();
  recordAudit(tx, { actor, action: 'film.create', entityType: 'film', entityId: film.id, after: film });
  return { film, created: true };
}

/** A film by IMDb id, or by folded title or alias within a year of the given one. */
export function findFilm(tx: Executor, input: Pick<FilmInput, 'title' | 'year' | 'imdbId'>): Film | undefined {
  if (input.imdbId) {
    const byId = tx.select().from(films).where(eq(films.imdbId, input.imdbId)).get();
    if (byId) return byId;
  }
  const folded = foldText(input.title);
  const candidates = tx
    .select()
    .from(films)
    .where(
      or(
        eq(films.titleFolded, folded),
        sql`${films.id} in (select ${filmAliases.filmId} from ${filmAliases} where ${filmAliases.folded} = ${folded})`,
      ),
    )
    .all();
  return candidates.find((film) => isFilmCandidate(film, input));
}

/** What a film found again gains from the input (an IMDb id, the documentary flag, …); never what it has. */
export function filmPatch(found: Film, input: FilmInput): Partial<Film> {
  const patch: Partial<Film> = {};
  if (input.imdbId && !found.imdbId) patch.imdbId = input.imdbId;
  if (input.isDocumentary && !found.isDocumentary) patch.isDocumentary = true;
  if (input.year && !found.year) patch.year = input.year;
  if (input.runtimeMinutes && !found.runtimeMinutes) patch.runtimeMinutes = input.runtimeMinutes;
  return patch;
}

/** Whether a film of the same folded title is the one meant: no conflicting IMDb id, within a year. */
export const isFilmCandidate = (film: Film, input: Pick<FilmInput, 'year' | 'imdbId'>) =>
  (!input.imdbId || !film.imdbId) && (input.year == null || film.year == null || Math.abs(film.year - input.year) <= 1);

export function addFilmAlias(tx: Executor, filmId: number, alias: string, kind: string | null = null): void {
  tx.insert(filmAliases)
    .values({ filmId, alias, folded: foldText(alias), kind })
    .onConflictDoNothing({ target: [filmAliases.filmId, filmAliases.folded] })
    .run();
}

export function getFilmById(tx: Executor, id: number): Film | undefined {
  return tx.select().from(films).where(eq(films.id, id)).get();
}

// ---------------------------------------------------------------------------------------------------
// Reads for the film's page

/** The film a page shows, with its aliases; undefined for an unknown slug. */
export async function getFilmBySlug(db: Executor, slug: string) {
  const [film] = await db
    .select({
      id: films.id,
      slug: films.slug,
      title: films.title,
      originalTitle: films.originalTitle,
      year: films.year,
      runtimeMinutes: films.runtimeMinutes,
      countries: films.countries,
      synopsis: films.synopsis,
      isDocumentary: films.isDocumentary,
      imdbId: films.imdbId,
      wikidataId: films.wikidataId,
      tmdbId: films.tmdbId,
    })
    .from(films)
    .where(eq(films.slug, slug))
    .limit(1);
  if (!film) return undefined;
  const aliases = await db
    .select({ alias: filmAliases.alias, kind: filmAliases.kind })
    .from(filmAliases)
    .where(eq(filmAliases.filmId, film.id))
    .orderBy(asc(filmAliases.id));
  return { ...film, aliases };
}

/** The slug of the film with this IMDb id, so that /films/tt… leads to the film's own address. */
export async function getFilmSlugByImdbId(db: Executor, imdbId: string): Promise<string | undefined> {
  const [row] = await db.select({ slug: films.slug }).from(films).where(eq(films.imdbId, imdbId)).limit(1);
  return row?.slug;
}

/** A film an address without its year could mean, for a page that lets the reader choose. */
export interface FilmAtSlug {
  slug: string;
  title: string;
  year: number | null;
}

/** At most this many films are offered for one address without its year. */
export const FILMS_AT_SLUG_LIMIT = 100;

/**
 * The films whose address is `slug` with its year after it, as film addresses are made ("13th" →
 * 13th-2016; "universe" → universe-1960 and universe-1976), oldest first.
 */
export async function listFilmsAtSlugWithYear(db: Executor, slug: string): Promise<FilmAtSlug[]> {
  // A slug is letters, digits and hyphens, so none of GLOB's own characters can be in it.
  if (!/^[\p{L}\p{N}-]+$/u.test(slug)) return [];
  return db
    .select({ slug: films.slug, title: films.title, year: films.year })
    .from(films)
    .where(sql`${films.slug} glob ${`${slug}-[0-9][0-9][0-9][0-9]`}`)
    .orderBy(asc(films.slug))
    .limit(FILMS_AT_SLUG_LIMIT);
}

export interface FilmCredit {
  role: string;
  personId: number;
  slug: string;
  name: string;
  kind: 'person' | 'company';
  imdbId: string | null;
}

/** The film's credits, directors first, then by role and billing order. */
export async function listFilmCredits(db: Executor, filmId: number): Promise<FilmCredit[]> {
  return db
    .select({
      role: credits.role,
      personId: people.id,
      slug: people.slug,
      name: people.name,
      kind: people.kind,
      imdbId: people.imdbId,
    })
    .from(credits)
    .innerJoin(people, eq(people.id, credits.personId))
    .where(eq(credits.filmId, filmId))
    .orderBy(sql`${credits.role} <> 'director'`, asc(credits.role), asc(credits.position), asc(people.name));
}

/** Every nomination of the film across all awards, in the order they were decided, with each status event and its source. */
export async function listFilmTimeline(db: Executor, filmId: number): Promise<TimelineEntry[]> {
  return listTimeline(
    db,
    inArray(
      nominations.id,
      db.select({ id: nominationFilms.nominationId }).from(nominationFilms).where(eq(nominationFilms.filmId, filmId)),
    ),
  );
}
