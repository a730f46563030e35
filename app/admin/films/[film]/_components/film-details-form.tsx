'use client';
// The film's details form. Posted as a plain form without JavaScript (the page comes back with the answer),
// through useActionState with it. It sends the version and the values it was drawn from, so a save made on
// a stale page keeps what someone else saved meanwhile and is refused only where both changed a field;
// after a refusal the fields keep what the editor typed.
import { useActionState } from 'react';
import { openedValue } from '@/app/_lib/opened-values';
import type { Film } from '@/db/schema';
import { updateFilmAction } from '../actions';
import { FILM_FIELD_LABELS as LABELS } from '../film-field-labels';
import { FilmFields } from './film-fields';
import { FormMessage } from '@/app/admin/_components/form-message';

type Details = Pick<Film, 'id' | 'version' | keyof typeof LABELS>;
const FILM_FIELDS = Object.keys(LABELS) as (keyof typeof LABELS)[];

export function FilmDetailsForm({ film }: { film: Details }) {
  const [state, formAction, isPending] = useActionState(updateFilmAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values;
  const value = (field: keyof typeof LABELS) => typed?.[field] ?? String(film[field] ?? '');
  return (
    <form
      noValidate
      action={formAction}
      // A new key after each answer makes the fields start again from the values above.
      key={`${film.version}:${JSON.stringify(typed ?? null)}`}
      className="edit-form"
      aria-labelledby="film-details-heading"
    >
      <h2 id="film-details-heading">Details</h2>
      <FormMessage state={state} id="film-details-message" />
      <input type="hidden" name="filmId" value={film.id} />
      <input type="hidden" name="expectedVersion" value={typed?.expectedVersion ?? film.version} />
      <input type="hidden" name="opened" value={typed ? (typed.opened ?? '') : openedValue(film, FILM_FIELDS)} />
      <FilmFields
        value={value}
        errors={errors}
        isDocumentary={typed ? typed.isDocumentary === 'on' : film.isDocumentary}
      />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save details'}
      </button>
    </form>
  );
}
