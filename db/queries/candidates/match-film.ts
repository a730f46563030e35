// The film a candidate names and its nomination in a category: by folded title or alias, of about the
// edition's year; never a guess between two films of one title.
import { and, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { foldText } from '../../rules/text';
import { filmAliases, films, nominationFilms, nominations } from '../../schema';

type Film = { id: number; title: string };

/**
 * The film with this title or alias, of within two years of `year` (a film is honoured the year it
 * comes out or the next). Of several, the one nominated in the category; otherwise none is guessed.
 */
export function findFilmNear(db: Executor, title: string, year: number | null, categoryId: number | null): Film | null {
  const folded = foldText(title);
  if (!folded) return null;
  const rows = db
    .select({ id: films.id, title: films.title, year: films.year })
    .from(films)
    .where(
      or(
        eq(films.titleFolded, folded),
        sql`${films.id} in (select ${filmAliases.filmId} from ${filmAliases} where ${filmAliases.folded} = ${folded})`,
      ),
    )
    .all()
    .filter((film) => year == null || film.year == null || Math.abs(film.year - year) <= 2);
  if (rows.length > 1 && categoryId) {
    const nominated = rows.filter((film) => findNomination(db, categoryId, film.id));
    if (nominated.length === 1) return nominated[0] ?? null;
  }
  return rows.length === 1 ? (rows[0] ?? null) : null;
}

/** The nomination of this film in this category, if there is one. */
export function findNomination(db: Executor, categoryId: number, filmId: number): number | null {
  const row = db
    .select({ id: nominations.id })
    .from(nominations)
    .innerJoin(nominationFilms, eq(nominationFilms.nominationId, nominations.id))
    .where(and(eq(nominations.categoryId, categoryId), eq(nominationFilms.filmId, filmId)))
    .get();
  return row?.id ?? null;
}
