'use server';
// Creating a film by hand: built through guardedAction (session, editor role, zod with the edit form's
// rules). A film with the same title and a year within one is shown instead of created until the editor ticks "create
// anyway"; once created, the editor lands on the new film's edit page to add credits and aliases.
import { redirect } from 'next/navigation';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { createFilm } from '@/db/queries/film-create';
import { describeFilm } from '@/db/queries/film-edit-errors';
import { newFilmSchema } from '../[film]/film-edit-schema';
import { toFormValues } from '@/app/_lib/opened-values';
import { refusedEdit } from '../[film]/film-edit-results';

export const createFilmAction = guardedAction(
  'editor',
  newFilmSchema,
  async ({ createAnyway, ...film }, user) => {
    let result;
    try {
      result = createFilm(getDb(), { film, confirmDuplicate: createAnyway, actor: actorOf(user) });
    } catch (error) {
      return refusedEdit(error, toFormValues(film));
    }
    if ('created' in result) redirect(`/admin/films/${encodeURIComponent(result.created.slug)}?created=1`);
    return {
      ok: false as const,
      message:
        'A film with this title and the same or a neighbouring year is already in the catalogue: check it is not the one you mean, ' +
        'then tick “create anyway” to add a different film (a remake, a namesake).',
      fieldErrors: { createAnyway: result.sameTitle.map((f) => describeFilm(f)) },
      // The slugs of the films above, in the same order, so the form can link to each.
      values: { ...toFormValues(film), sameTitleSlugs: result.sameTitle.map((f) => f.slug).join(' ') },
    };
  },
  'createFilmAction',
);
