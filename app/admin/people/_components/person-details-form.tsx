'use client';
// The person form, for a new person (no id: the action creates one and opens its edit page) and for an
// edit (it sends the id and the version and values it was drawn from, so a stale save keeps what someone
// else saved meanwhile and is refused only where both changed a field).
// Posted as a plain form without JavaScript, through useActionState with it; after a refusal the fields
// keep what the editor typed.
import { useActionState } from 'react';
import { openedValue } from '@/app/_lib/opened-values';
import type { Person } from '@/db/schema';
import { FieldError } from '@/app/login/_components/field-error';
import { AlreadyInCatalogue } from '@/app/admin/_components/already-in-catalogue';
import { LabelledField } from '@/app/admin/_components/labelled-field';
import { updatePersonAction } from '../[person]/actions';
import { createPersonAction } from '../new/actions';
import { PERSON_FIELD_LABELS as LABELS } from '../person-schema';
import { FormMessage } from '@/app/admin/_components/form-message';

type Details = Pick<Person, 'id' | 'version' | keyof typeof LABELS>;
const PERSON_FIELDS = Object.keys(LABELS) as (keyof typeof LABELS)[];

/** `filedAt`: the letter of the A–Z list the saved person is filed under now. */
export function PersonDetailsForm({ person, filedAt }: { person?: Details; filedAt?: string }) {
  const [state, formAction, isPending] = useActionState(person ? updatePersonAction : createPersonAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values;
  const value = (name: keyof typeof LABELS) => typed?.[name] ?? String(person?.[name] ?? '');
  const field = (name: keyof typeof LABELS) => ({
    id: `person-${name}`,
    name,
    label: LABELS[name],
    defaultValue: value(name),
    errors: errors[name],
  });
  const kind = value('kind') || 'person';
  const sameName = person ? [] : (errors.createAnyway ?? []);
  const sameNameSlugs = (typed?.sameNameSlugs ?? '').split(' ');
  return (
    <form
      noValidate
      action={formAction}
      key={`${person?.version ?? 0}:${JSON.stringify(typed ?? null)}`}
      className="edit-form"
      aria-labelledby="person-details-heading"
    >
      <h2 id="person-details-heading">Details</h2>
      <FormMessage state={state} id="person-details-message" />
      {person ? (
        <>
          <input type="hidden" name="personId" value={person.id} />
          <input type="hidden" name="expectedVersion" value={typed?.expectedVersion ?? person.version} />
          <input
            type="hidden"
            name="opened"
            value={typed ? (typed.opened ?? '') : openedValue(person, PERSON_FIELDS)}
          />
        </>
      ) : null}
      <LabelledField {...field('name')} required maxLength={300} />
      <fieldset aria-describedby={errors.kind ? 'person-kind-error' : undefined}>
        <legend>{LABELS.kind}</legend>
        {(['person', 'company'] as const).map((option) => (
          <span key={option}>
            <input
              id={`person-kind-${option}`}
              type="radio"
              name="kind"
              value={option}
              defaultChecked={kind === option}
            />{' '}
            <label htmlFor={`person-kind-${option}`}>{option === 'person' ? 'A person' : 'A company'}</label>{' '}
          </span>
        ))}
        <FieldError id="person-kind-error" messages={errors.kind} />
      </fieldset>
      <LabelledField
        {...field('filedUnder')}
        maxLength={300}
        hint={`Where the A–Z list of people files the name. Leave it empty to file a person by surname (Poitras, Laura) and a company by its name; fill it in when the family name comes first: Bong Joon-ho.${filedAt ? ` Filed under ${filedAt} now.` : ''}`}
      />
      <LabelledField {...field('imdbId')} hint="nm… for a person, co… for a company: nm1234567." />
      <LabelledField {...field('wikidataId')} hint="For example Q27983153." />
      <LabelledField {...field('tmdbId')} inputMode="numeric" />
      <AlreadyInCatalogue
        idPrefix="person"
        records={sameName.map((label, i) => ({ label, href: `/admin/people/${sameNameSlugs[i] ?? ''}` }))}
        confirmLabel="Create anyway: this is someone else"
      />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : person ? 'Save details' : 'Create person'}
      </button>
    </form>
  );
}
