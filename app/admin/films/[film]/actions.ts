'use server';
// The Server Actions of a film's edit page: save the details, add an alias, remove one. Each is built
// through guardedAction (session, editor role, zod) before anything here runs; the writes, their version
// check and their audit entries are db/queries/film-edits.ts.
import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { addAlias, FILM_ALIASES, removeAlias } from '@/db/queries/alias-edits';
import { updateFilm } from '@/db/queries/film-edits';
import { addAliasSchema, filmDetailsSchema, removeAliasSchema } from './film-edit-schema';
import { refusedFormValues } from '@/app/_lib/opened-values';
import { refusedEdit } from './film-edit-results';
import { FILM_FIELD_LABELS } from './film-field-labels';

/** The edit page shows what is saved now, after a save or a refusal alike; public pages need no call. */
function refreshEditPage(): void {
  revalidatePath('/admin/films/[film]', 'page');
}

export const updateFilmAction = guardedAction(
  'editor',
  filmDetailsSchema,
  async ({ filmId, expectedVersion, opened, ...changes }, user) => {
    refreshEditPage();
    try {
      const { changed } = updateFilm(getDb(), { filmId, expectedVersion, changes, opened, actor: actorOf(user) });
      return {
        ok: true as const,
        message: changed.length
          ? `Saved: ${changed.map((field) => FILM_FIELD_LABELS[field].toLowerCase()).join(', ')}.`
          : 'Nothing was different from what is saved, so nothing changed.',
      };
    } catch (error) {
      return refusedEdit(error, refusedFormValues({ filmId, expectedVersion, ...changes }, opened));
    }
  },
  'updateFilmAction',
);

export const addFilmAliasAction = guardedAction(
  'editor',
  addAliasSchema,
  async ({ filmId, alias }, user) => {
    refreshEditPage();
    try {
      const row = addAlias(getDb(), FILM_ALIASES, { ownerId: filmId, alias, actor: actorOf(user) });
      return { ok: true as const, message: `Alias “${row.alias}” added.` };
    } catch (error) {
      return refusedEdit(error, { filmId: String(filmId), alias });
    }
  },
  'addFilmAliasAction',
);

export const removeFilmAliasAction = guardedAction(
  'editor',
  removeAliasSchema,
  async (input, user) => {
    refreshEditPage();
    const row = removeAlias(getDb(), FILM_ALIASES, {
      ownerId: input.filmId,
      aliasId: input.aliasId,
      actor: actorOf(user),
    });
    return { ok: true as const, message: `Alias “${row.alias}” removed.` };
  },
  'removeFilmAliasAction',
);
