// An editor creating a film by hand. Titles repeat (a remake, a namesake), so a film with the same folded
// title or alias and the same year (or one either side, or none) is not refused outright: creation stops
// and returns those films, and goes ahead only when the editor confirms. External ids are unique and
// refused naming their film (the rule of db/queries/film-edits.ts). The film, its slug and its audit entry
// share one writeTransaction.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { foldText } from '../rules/text';
import { filmAliases, films, type Film } from '../schema';
import { recordAudit } from './audit';
import { checkIdsAreFree, type FilmChanges } from './film-edits';
import { uniqueSlug } from './slugs';

export interface CreateFilmInput {
  film: FilmChanges;
  /** The editor ticked "create anyway" after seeing films with the same title and a year close to it. */
  confirmDuplicate: boolean;
  actor: string;
}

export type SameTitleFilm = Pick<Film, 'id' | 'slug' | 'title' | 'year'>;

export type CreateFilmResult = { created: Film } | { sameTitle: SameTitleFilm[] };

/**
 * Films whose title or an alias folds to `title` with the same year (any year when `year` is null), or
 * with `near` a year either side or no year at all: the year a festival premiere and a release give one
 * film often differ by one.
 */
export function findSameTitleFilms(
  tx: Executor,
  title: string,
  year: number | null,
  { near = false }: { near?: boolean } = {},
): SameTitleFilm[] {
  const folded = foldText(title);
  return tx
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
    .from(films)
    .where(
      and(
        or(
          eq(films.titleFolded, folded),
          inArray(
            films.id,
            tx.select({ id: filmAliases.filmId }).from(filmAliases).where(eq(filmAliases.folded, folded)),
          ),
        ),
        year === null
          ? sql`1 = 1`
          : near
            ? sql`(${films.year} between ${year - 1} and ${year + 1} or ${films.year} is null)`
            : eq(films.year, year),
      ),
    )
    .orderBy(films.id)
    .limit(20)
    .all();
}

export function createFilm(db: Executor, input: CreateFilmInput): CreateFilmResult {
  return writeTransaction(db, (tx) => {
    const { film } = input;
    const sameTitle = findSameTitleFilms(tx, film.title, film.year, { near: true });
    if (sameTitle.length && !input.confirmDuplicate) return { sameTitle };
    checkIdsAreFree(tx, 0, film);
    const slug = uniqueSlug(tx, films, films.slug, film.year ? `${film.title} ${film.year}` : film.title);
    const created = tx
      .insert(films)
      .values({ ...film, titleFolded: foldText(film.title), slug })
      .returning()
      .get();
    recordAudit(tx, {
      actor: input.actor,
      action: 'film.create',
      entityType: 'film',
      entityId: created.id,
      after: { ...film, slug },
    });
    return { created };
  });
}
