'use client';
// The film's details form. Posted as a plain form without JavaScript (the page comes back with the answer),
// through useActionState with it. It sends the version it was drawn from, so a save made on a stale page
// is refused with what changed; after a refusal the fields keep what the editor typed.
import { useActionState } from 'react';
import type { Film } from '@/db/schema';
import { updateFilmAction } from '../actions';
import { FILM_FIELD_LABELS as LABELS } from '../film-field-labels';
import { LabelledField } from './labelled-field';

type Details = Pick<Film, 'id' | 'version' | keyof typeof LABELS>;

export function FilmDetailsForm({ film }: { film: Details }) {
  const [state, formAction, isPending] = useActionState(updateFilmAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values;
  const value = (field: keyof typeof LABELS) => typed?.[field] ?? String(film[field] ?? '');
  const field = (name: keyof typeof LABELS) => ({
    id: `film-${name}`,
    name,
    label: LABELS[name],
    defaultValue: value(name),
    errors: errors[name],
  });
  return (
    <form
      action={formAction}
      // A new key after each answer makes the fields start again from the values above.
      key={`${film.version}:${JSON.stringify(typed ?? null)}`}
      className="edit-form"
      aria-labelledby="film-details-heading"
    >
      <h2 id="film-details-heading">Details</h2>
      <p id="film-details-message" role={failed ? 'alert' : 'status'} className={failed ? 'form-error' : 'form-ok'}>
        {state?.message}
      </p>
      <input type="hidden" name="filmId" value={film.id} />
      <input type="hidden" name="expectedVersion" value={typed?.expectedVersion ?? film.version} />
      <LabelledField {...field('title')} required maxLength={300} />
      <LabelledField {...field('originalTitle')} maxLength={300} hint="In its own language, if different." />
      <LabelledField {...field('year')} inputMode="numeric" hint="The year of release, four digits." />
      <LabelledField {...field('runtimeMinutes')} inputMode="numeric" />
      <LabelledField {...field('countries')} hint="Two-letter codes separated by commas, for example US, GB." />
      <LabelledField {...field('imdbId')} hint="For example tt5278868." />
      <LabelledField {...field('wikidataId')} hint="For example Q27983153." />
      <LabelledField {...field('tmdbId')} inputMode="numeric" />
      <div className="form-field">
        <input
          id="film-isDocumentary"
          name="isDocumentary"
          type="checkbox"
          defaultChecked={typed ? typed.isDocumentary === 'on' : film.isDocumentary}
          aria-describedby={errors.isDocumentary ? 'film-isDocumentary-error' : undefined}
        />{' '}
        <label htmlFor="film-isDocumentary">It is a documentary</label>
        {errors.isDocumentary ? (
          <p id="film-isDocumentary-error" className="field-error">
            {errors.isDocumentary.join(' ')}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save details'}
      </button>
    </form>
  );
}
