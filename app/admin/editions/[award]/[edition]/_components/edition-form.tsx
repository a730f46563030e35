'use client';
// The edition edit form. With JavaScript it saves through useActionState and shows the answer in place;
// without it, it is a plain POST and the page re-rendered afterwards shows the same answer. After a
// refusal the fields hold what was typed (the action sends it back), with each message beside its field.
import { useActionState } from 'react';
import { editEditionAction } from '../actions';
import { EditionDateFields, EditionYearFields, fieldProps } from './edition-common-fields';
import { EditionField } from './edition-field';

export function EditionForm({ initial }: { initial: Record<string, string> }) {
  const [state, formAction, isPending] = useActionState(editEditionAction, null);
  const values = state?.ok === false && state.values ? state.values : initial;
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  const field = fieldProps(values, errors);
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
        <EditionYearFields values={values} errors={errors} />
      </fieldset>
      <EditionDateFields values={values} errors={errors} />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save details'}
      </button>
    </form>
  );
}
