// Films: finding one by its ids or title, creating it, and the aliases it is known by.
import { eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { foldText } from '../rules/text';
import { filmAliases, films, type Film } from '../schema';
import { recordAudit } from './audit';
import { uniqueSlug } from './slugs';

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
    const patch: Partial<Film> = {};
    if (input.imdbId && !found.imdbId) patch.imdbId = input.imdbId;
    if (input.isDocumentary && !found.isDocumentary) patch.isDocumentary = true;
    if (input.year && !found.year) patch.year = input.year;
    if (input.runtimeMinutes && !found.runtimeMinutes) patch.runtimeMinutes = input.runtimeMinutes;
    if (!Object.keys(patch).length) return { film: found, created: false };
    const film = tx.update(films).set(patch).where(eq(films.id, found.id)).returning().get();
    recordAudit(tx, { actor, action: 'film.update', entityType: 'film', entityId: film.id, before: found, after: patch });
    return { film, created: false };
  }
  const slug = uniqueSlug(tx, films, films.slug, input.year ? `${input.title} ${input.year}` : input.title);
  const film = tx
    .insert(films)
    .values({ ...input, titleFolded: foldText(input.title), isDocumentary: input.isDocumentary ?? false, slug })
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
  return candidates.find(
    (film) =>
      (!input.imdbId || !film.imdbId) &&
      (input.year == null || film.year == null || Math.abs(film.year - input.year) <= 1),
  );
}

export function addFilmAlias(tx: Executor, filmId: number, alias: string, kind: string | null = null): void {
  tx.insert(filmAliases)
    .values({ filmId, alias, folded: foldText(alias), kind })
    .onConflictDoNothing({ target: [filmAliases.filmId, filmAliases.folded] })
    .run();
}

export function getFilmById(tx: Executor, id: number): Film | undefined {
  return tx.select().from(films).where(eq(films.id, id)).get();
}
