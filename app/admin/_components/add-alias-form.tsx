'use client';
// Adding one alias to a film, a person or an award: a plain form post without JavaScript, useActionState with it;
// the answer is announced above the field, and a refused alias is put back for correcting.
import { useActionState } from 'react';
import type { FormAction } from '@/app/_lib/action';
import { FieldError } from '@/app/login/_components/field-error';
import { FormMessage } from '@/app/admin/_components/form-message';

interface Props<T> {
  action: FormAction<T>;
  /** The hidden field naming the record the alias belongs to (filmId, personId or awardId). */
  ownerField: string;
  ownerId: number;
}

export function AddAliasForm<T>({ action, ownerField, ownerId }: Props<T>) {
  const [state, formAction, isPending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors?.alias;
  return (
    <form noValidate action={formAction} className="edit-form" key={failed?.values?.alias ?? 'new'}>
      <FormMessage state={state} id="alias-add-message" />
      <input type="hidden" name={ownerField} value={ownerId} />
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
