'use client';
// The confirmation of a merge: it sends both records' versions as the preview showed them, so a change made
// since is refused with a message instead of being merged unseen. A plain form post without JavaScript.
import { useActionState } from 'react';
import type { FormAction } from '@/app/_lib/action';

interface Props {
  action: FormAction<unknown>;
  fromId: number;
  intoId: number;
  expectedFromVersion: number;
  expectedIntoVersion: number;
  label: string;
}

export function MergeConfirmForm({ action, label, ...ids }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="edit-form">
      {Object.entries(ids).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p id="merge-message" role="alert" className={state?.ok === false ? 'form-error' : undefined}>
        {state?.ok === false ? state.message : null}
      </p>
      <button type="submit" disabled={isPending} aria-describedby="merge-message">
        {label}
      </button>
    </form>
  );
}
