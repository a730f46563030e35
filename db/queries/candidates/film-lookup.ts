// Finding the existing film an editor means by a title (or alias) and, when several share it, a year:
// exactly one film, or a refusal that says what to do.
import type { Executor } from '../../client';
import { findSameTitleFilms } from '../film-create';

export function findFilmForReview(
  db: Executor,
  title: string,
  year: number | null,
  /** The form offers "Create a new film" (correcting a candidate does; merging into a film does not). */
  canCreate: boolean,
): { id: number } | { refusal: string } {
  const found = findSameTitleFilms(db, title, year);
  if (found.length === 1) return { id: found[0]!.id };
  if (!found.length) {
    const otherwise = canCreate ? ', or tick “Create a new film”' : ' of a film that is already there';
    return {
      refusal: `No film called “${title}”${year ? ` from ${year}` : ''} is in the catalogue: check the title${otherwise}.`,
    };
  }
  const which = found.map((film) => `${film.title} (${film.year ?? 'year unknown'})`).join('; ');
  return { refusal: `Several films are called “${title}”: ${which}. Give the year too.` };
}
