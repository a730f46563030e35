'use client';
// A one-button form that removes one thing (an alias, a credit): a plain form post without JavaScript,
// useActionState with it; a refusal is announced beside the button that asked.
import { useActionState } from 'react';
import type { FormAction } from '@/app/_lib/action';

interface Props<T> {
  action: FormAction<T>;
  /** The hidden ids the action needs, by field name (e.g. filmId and aliasId). */
  fields: Record<string, number>;
  messageId: string;
  /** What the button says to a screen reader ("Remove alias: …"). */
  label: string;
}

export function RemoveForm<T>({ action, fields, messageId, label }: Props<T>) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={isPending} aria-label={label} aria-describedby={messageId}>
        Remove
      </button>
      <span id={messageId} role="status" className={state?.ok === false ? 'form-error' : undefined}>
        {state?.ok === false ? state.message : null}
      </span>
    </form>
  );
}
