'use client';
// Adding one credit: a plain form post without JavaScript, useActionState with it. When the name matches
// several people, the form offers each as a choice; when it matches nobody, the editor ticks "create a new
// person" to add one with that name. (Removing one is the shared app/admin/_components/remove-form.tsx.)
import { useActionState } from 'react';
import { FieldError } from '@/app/login/_components/field-error';
import { addCreditAction } from '../credit-actions';
import { LabelledField } from '@/app/admin/_components/labelled-field';
import { FormMessage } from '@/app/admin/_components/form-message';

export function AddCreditForm({ filmId }: { filmId: number }) {
  const [state, formAction, isPending] = useActionState(addCreditAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values ?? {};
  const choices = errors.personId ?? [];
  const choiceIds = (typed.personChoiceIds ?? '').split(' ');
  const field = (name: string, label: string) => ({
    id: `credit-${name}`,
    name,
    label,
    defaultValue: typed[name] ?? '',
    errors: errors[name],
  });
  return (
    <form
      noValidate
      action={formAction}
      className="edit-form"
      key={JSON.stringify(typed)}
      aria-labelledby="credit-add-heading"
    >
      <h3 id="credit-add-heading">Add a credit</h3>
      <FormMessage state={state} id="credit-add-message" />
      <input type="hidden" name="filmId" value={filmId} />
      <LabelledField {...field('personName', 'Person or company')} required maxLength={300} />
      {choices.length ? (
        <fieldset>
          <legend>Which one?</legend>
          {choices.map((label, i) => (
            <div key={choiceIds[i] ?? i} className="form-field">
              <input id={`credit-person-${i}`} type="radio" name="personId" value={choiceIds[i]} required />{' '}
              <label htmlFor={`credit-person-${i}`}>{label}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="form-field">
        <input
          id="credit-createPerson"
          name="createPerson"
          type="checkbox"
          defaultChecked={typed.createPerson === 'on'}
          aria-describedby="credit-createPerson-hint"
        />{' '}
        <label htmlFor="credit-createPerson">Create a new person if nobody has this name</label>
        <p id="credit-createPerson-hint" className="muted field-hint">
          Leave unticked to be told when the name is not found, in case of a misspelling.
        </p>
        <FieldError id="credit-createPerson-error" messages={errors.createPerson} />
      </div>
      <LabelledField {...field('role', 'Role')} required maxLength={100} hint="director, producer, editor, …" />
      <LabelledField {...field('position', 'Position')} inputMode="numeric" hint="Order in the list, 0 first." />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Adding…' : 'Add credit'}
      </button>
    </form>
  );
}
