'use client';
// The new edition form: the fields of the edition edit form, the name optional (made from the award's
// when empty). Posted as a plain form without JavaScript, through useActionState with it; after a refusal
// the fields keep what was typed, with each message beside its field.
import { useActionState } from 'react';
import { EditionField } from '../../[edition]/_components/edition-field';
import { FormMessage } from '@/app/admin/awards/_components/form-control';
import { createEditionAction } from '../actions';

const DATE_HINT = 'YYYY-MM-DD; empty when not known.';

export function NewEditionForm({ awardId, awardName }: { awardId: number; awardName: string }) {
  const [state, formAction, isPending] = useActionState(createEditionAction, null);
  const values = state?.ok === false && state.values ? state.values : {};
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  const field = (name: string) => ({ name, defaultValue: values[name] ?? '', errors: errors[name] });
  return (
    <form action={formAction} key={JSON.stringify(values)} className="edit-form" aria-busy={isPending} noValidate>
      <input type="hidden" name="awardId" value={awardId} />
      <FormMessage state={state} />
      <fieldset>
        <legend>Edition</legend>
        <EditionField
          {...field('name')}
          label="Name"
          hint={`Optional: empty gives “89th ${awardName}” with an ordinal, “2016 ${awardName}” without.`}
        />
        <EditionField
          {...field('ordinal')}
          label="Ordinal"
          inputMode="numeric"
          hint="89 for the 89th; optional. The edition's address is its ordinal (89th), else its year."
        />
        <EditionField
          {...field('year')}
          label="Awards year"
          inputMode="numeric"
          required
          hint="The year of the work honoured."
        />
        <EditionField {...field('yearLabel')} label="Year label" hint="Only for a split season, e.g. 1927/28." />
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <EditionField {...field('submissionsDate')} label="Submissions deadline" type="date" hint={DATE_HINT} />
        <EditionField {...field('shortlistDate')} label="Shortlist date" type="date" hint={DATE_HINT} />
        <EditionField {...field('nominationsDate')} label="Nominations date" type="date" hint={DATE_HINT} />
        <EditionField {...field('ceremonyDate')} label="Ceremony date" type="date" hint={DATE_HINT} />
        <EditionField {...field('datesNote')} label="Dates note" multiline hint="Why a date is uncertain, if it is." />
      </fieldset>
      <EditionField {...field('venue')} label="Venue" />
      <p className="form-field">
        <input
          id="edition-resultsComplete"
          type="checkbox"
          name="resultsComplete"
          defaultChecked={values.resultsComplete === 'on'}
        />{' '}
        <label htmlFor="edition-resultsComplete">Results complete</label>
      </p>
      <button type="submit" disabled={isPending}>
        {isPending ? 'Creating…' : 'Create edition'}
      </button>
    </form>
  );
}
