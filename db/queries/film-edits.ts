// An editor's corrections to a film: its details (one save of the whole form) and its aliases (one at a
// time). Every save checks the version the editor loaded, so a second editor's stale save is refused with
// what the first one changed instead of overwriting it; an id that already belongs to another film is a
// field error naming that film, found here before the unique index would throw. Each write and its audit
// entry share one writeTransaction. The slug never changes here: links to the film keep working.
import { and, asc, eq, ne } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { foldText } from '../rules/text';
import { filmAliases, films, type Film } from '../schema';
import { recordAudit } from './audit';
import {
  ConflictError,
  FieldValidationError,
  describeFilm,
  pick,
  planEdit,
  type FieldChange,
} from './film-edit-errors';

export { ConflictError, FieldValidationError } from './film-edit-errors';

export const FILM_EDIT_FIELDS = [
  'title',
  'originalTitle',
  'year',
  'runtimeMinutes',
  'countries',
  'imdbId',
  'wikidataId',
  'tmdbId',
  'isDocumentary',
] as const;
export type FilmEditField = (typeof FILM_EDIT_FIELDS)[number];
/** Every editable value as the form submits it (already validated by the action's zod schema). */
export type FilmChanges = Pick<Film, FilmEditField>;

/** The film as the edit page shows it, with its version and its aliases (with ids, to remove one). */
export async function getFilmForEdit(db: Executor, slug: string) {
  const film = await db.select().from(films).where(eq(films.slug, slug)).get();
  if (!film) return undefined;
  const aliases = await db
    .select({ id: filmAliases.id, alias: filmAliases.alias, kind: filmAliases.kind })
    .from(filmAliases)
    .where(eq(filmAliases.filmId, film.id))
    .orderBy(asc(filmAliases.id))
    .all();
  return { ...film, aliases };
}

export interface UpdateFilmInput {
  filmId: number;
  expectedVersion: number;
  changes: FilmChanges;
  /** The values the form started from, so that a save on an older version merges (planEdit). */
  opened?: FilmChanges;
  actor: string;
}

/** Saves the edited details; returns the film and the fields that changed (none: nothing was written). */
export function updateFilm(db: Executor, input: UpdateFilmInput): { film: Film; changed: FilmEditField[] } {
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(films).where(eq(films.id, input.filmId)).get();
    if (!current) throw new FieldValidationError('This film no longer exists (it may have been merged).', {});
    const { write: differences, conflicts } = planEdit(FILM_EDIT_FIELDS, current, input.changes, {
      isStale: current.version !== input.expectedVersion,
      opened: input.opened,
    });
    if (conflicts.length) throw staleSave(current, conflicts);
    if (!differences.length) return { film: current, changed: [] };
    const patch = Object.fromEntries(differences.map((d) => [d.field, d.yours])) as Partial<FilmChanges>;
    checkIdsAreFree(tx, current.id, { ...current, ...patch });

    const film = tx
      .update(films)
      .set({
        ...patch,
        ...(patch.title !== undefined ? { titleFolded: foldText(patch.title) } : {}),
        version: current.version + 1,
      })
      .where(and(eq(films.id, current.id), eq(films.version, current.version)))
      .returning()
      .get();
    if (!film) throw staleSave(current, differences);
    recordAudit(tx, {
      actor: input.actor,
      action: 'film.update',
      entityType: 'film',
      entityId: film.id,
      before: Object.fromEntries(differences.map((d) => [d.field, d.theirs])),
      after: patch,
    });
    return { film, changed: differences.map((d) => d.field) };
  });
}

function staleSave(current: Film, differences: FieldChange<FilmEditField>[]): ConflictError<FilmEditField> {
  return new ConflictError(
    `Someone else saved ${describeFilm(current)} since you opened it, so nothing was saved.`,
    differences,
    current.version,
    pick(current, FILM_EDIT_FIELDS),
  );
}

const ID_LABELS = { imdbId: 'IMDb id', wikidataId: 'Wikidata id', tmdbId: 'TMDB id' } as const;

/**
 * An external id names one film: a second film claiming it is refused, naming the film that has it.
 * Also used by db/queries/film-create.ts, with filmId 0 (no film yet).
 */
export function checkIdsAreFree(
  tx: Executor,
  filmId: number,
  changes: Pick<FilmChanges, 'imdbId' | 'wikidataId' | 'tmdbId'>,
): void {
  const errors: Record<string, string[]> = {};
  for (const field of ['imdbId', 'wikidataId', 'tmdbId'] as const) {
    const value = changes[field];
    if (value === null) continue;
    const owner = tx
      .select({ title: films.title, year: films.year, slug: films.slug })
      .from(films)
      .where(and(eq(films[field], value), ne(films.id, filmId)))
      .get();
    if (owner) errors[field] = [`${ID_LABELS[field]} ${value} already belongs to ${describeFilm(owner)}.`];
  }
  if (Object.keys(errors).length) {
    throw new FieldValidationError('Some ids already belong to another film: nothing was saved.', errors);
  }
}
