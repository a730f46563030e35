// An editor adding or removing one alias of a film (re-exported by film-edits.ts with the details edit).
// Aliases are rows of their own, so they need no version check: adding one twice is refused by its folded
// form, removing one already gone is a clear refusal. Each write and its audit entry share a transaction;
// the search index follows through the film_aliases triggers.
import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { foldText } from '../rules/text';
import { filmAliases, films } from '../schema';
import { recordAudit } from './audit';
import { FieldValidationError, describeFilm } from './film-edit-errors';

/** Adds another name the film is known by; a name it already has (after folding) is a field error. */
export function addFilmAliasEdit(db: Executor, input: { filmId: number; alias: string; actor: string }) {
  return writeTransaction(db, (tx) => {
    const film = tx.select().from(films).where(eq(films.id, input.filmId)).get();
    if (!film) throw new FieldValidationError('This film no longer exists (it may have been merged).', {});
    const alias = input.alias.trim();
    const folded = foldText(alias);
    const taken =
      folded === film.titleFolded ||
      tx
        .select({ id: filmAliases.id })
        .from(filmAliases)
        .where(and(eq(filmAliases.filmId, film.id), eq(filmAliases.folded, folded)))
        .get();
    if (!folded || taken) {
      const why = folded
        ? `${describeFilm(film)} is already known as “${alias}”.`
        : 'An alias needs letters or digits.';
      throw new FieldValidationError(why, { alias: [why] });
    }
    const row = tx.insert(filmAliases).values({ filmId: film.id, alias, folded }).returning().get();
    recordAudit(tx, {
      actor: input.actor,
      action: 'film.alias.add',
      entityType: 'film',
      entityId: film.id,
      after: { alias },
    });
    return row;
  });
}

/** Removes one alias of the film; one already gone is a clear refusal, not a silent success. */
export function removeFilmAlias(db: Executor, input: { filmId: number; aliasId: number; actor: string }) {
  return writeTransaction(db, (tx) => {
    const row = tx
      .delete(filmAliases)
      .where(and(eq(filmAliases.id, input.aliasId), eq(filmAliases.filmId, input.filmId)))
      .returning()
      .get();
    if (!row) throw new FieldValidationError('That alias was already removed; the page shows the current list.', {});
    recordAudit(tx, {
      actor: input.actor,
      action: 'film.alias.remove',
      entityType: 'film',
      entityId: input.filmId,
      before: { alias: row.alias },
    });
    return row;
  });
}
