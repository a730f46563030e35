'use client';
// The new film form: the edit form's fields, posted as a plain form without JavaScript and through
// useActionState with it. When films with the same title and a close year exist, it lists them (each a link to its
// edit page) and shows the "create anyway" box; a created film redirects to its edit page.
import { useActionState } from 'react';
import { createFilmAction } from '../actions';
import { FilmFields } from '../../[film]/_components/film-fields';
import { AlreadyInCatalogue } from '@/app/admin/_components/already-in-catalogue';
import { FormMessage } from '@/app/admin/_components/form-message';

export function NewFilmForm() {
  const [state, formAction, isPending] = useActionState(createFilmAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values ?? {};
  const sameTitle = errors.createAnyway ?? [];
  const slugs = (typed.sameTitleSlugs ?? '').split(' ');
  return (
    <form
      noValidate
      action={formAction}
      key={JSON.stringify(typed)}
      className="edit-form"
      aria-labelledby="new-film-heading"
    >
      <h2 id="new-film-heading">Details</h2>
      <FormMessage state={state} id="new-film-message" />
      <FilmFields
        value={(name) => typed[name] ?? ''}
        errors={errors}
        isDocumentary={failed ? typed.isDocumentary === 'on' : true}
      />
      <AlreadyInCatalogue
        idPrefix="film"
        records={sameTitle.map((label, i) => ({ label, href: `/admin/films/${slugs[i] ?? ''}` }))}
        confirmLabel="Create anyway: it is a different film"
      />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Creating…' : 'Create film'}
      </button>
    </form>
  );
}
