'use client';
// Adding and removing one alias of a person: plain form posts without JavaScript, useActionState with it;
// each answer is announced beside the form that asked.
import { useActionState } from 'react';
import { FieldError } from '@/app/login/_components/field-error';
import { addPersonAliasAction, removePersonAliasAction } from '../actions';

export function RemovePersonAliasForm({
  personId,
  aliasId,
  alias,
}: {
  personId: number;
  aliasId: number;
  alias: string;
}) {
  const [state, formAction, isPending] = useActionState(removePersonAliasAction, null);
  const messageId = `alias-${aliasId}-message`;
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="aliasId" value={aliasId} />
      <button type="submit" disabled={isPending} aria-label={`Remove alias: ${alias}`} aria-describedby={messageId}>
        Remove
      </button>
      <span id={messageId} role="status" className={state?.ok === false ? 'form-error' : undefined}>
        {state?.ok === false ? state.message : null}
      </span>
    </form>
  );
}

export function AddPersonAliasForm({ personId }: { personId: number }) {
  const [state, formAction, isPending] = useActionState(addPersonAliasAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors?.alias;
  return (
    <form action={formAction} className="edit-form" key={failed?.values?.alias ?? 'new'}>
      <p id="alias-add-message" role={failed ? 'alert' : 'status'} className={failed ? 'form-error' : 'form-ok'}>
        {state?.message}
      </p>
      <input type="hidden" name="personId" value={personId} />
      <label htmlFor="alias-add">Add an alias</label>
      <input
        id="alias-add"
        name="alias"
        type="text"
        required
        maxLength={300}
        defaultValue={failed?.values?.alias ?? ''}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? 'alias-add-error' : undefined}
      />
      <FieldError id="alias-add-error" messages={errors} />
      <button type="submit" disabled={isPending}>
        Add alias
      </button>
    </form>
  );
}
