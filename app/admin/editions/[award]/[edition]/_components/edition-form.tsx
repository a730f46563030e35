'use client';
// The edition edit form. With JavaScript it saves through useActionState and shows the answer in place;
// without it, it is a plain POST and the page re-rendered afterwards shows the same answer. After a
// refusal the fields hold what was typed (the action sends it back), with each message beside its field.
import { useActionState } from 'react';
import { editEditionAction } from '../actions';
import { EditionField } from './edition-field';

const DATE_HINT = 'YYYY-MM-DD; empty when not known.';

export function EditionForm({ initial }: { initial: Record<string, string> }) {
  const [state, formAction, isPending] = useActionState(editEditionAction, null);
  const values = state?.ok === false && state.values ? state.values : initial;
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  const field = (name: string) => ({ name, defaultValue: values[name] ?? '', errors: errors[name] });
  return (
    // Not keyed by version: a remount after a save would drop the "saved" message. React resets the fields
    // to their defaultValue after each action, and those are the stored values again once the page refreshes.
    <form action={formAction} className="auth-form edition-form" aria-busy={isPending} noValidate>
      <input type="hidden" name="editionId" value={values.editionId ?? initial.editionId} />
      <input type="hidden" name="expectedVersion" value={values.expectedVersion ?? initial.expectedVersion} />
      <p role="status" className={state ? (state.ok ? 'notice' : 'form-error') : undefined}>
        {state?.message}
      </p>
      <fieldset>
        <legend>Edition</legend>
        <EditionField {...field('name')} label="Name" required />
        <EditionField {...field('ordinal')} label="Ordinal" inputMode="numeric" hint="89 for the 89th; optional." />
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
        <EditionField
          {...field('datesNote')}
          label="Dates note"
          multiline
          hint="Why a date is uncertain, e.g. inferred rather than stated by a source."
        />
      </fieldset>
      <EditionField {...field('venue')} label="Venue" />
      <p className="form-field">
        <input
          id="edition-resultsComplete"
          type="checkbox"
          name="resultsComplete"
          defaultChecked={values.resultsComplete === 'on'}
          aria-describedby={errors.resultsComplete ? 'edition-resultsComplete-error' : undefined}
        />{' '}
        <label htmlFor="edition-resultsComplete">Results complete</label>
        {errors.resultsComplete ? (
          <span id="edition-resultsComplete-error" className="field-error">
            {errors.resultsComplete.join(' ')}
          </span>
        ) : null}
      </p>
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save details'}
      </button>
    </form>
  );
}
