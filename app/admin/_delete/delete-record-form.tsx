'use client';
// "Delete this film" (or person, award, edition, category) for admins: a box to tick first. Only a record
// nothing refers to is deleted; otherwise the refusal names what still does, here beside the button.
import { useActionState } from 'react';
import { ConfirmBox } from '@/app/admin/_components/confirm-box';
import type { DeletableKind } from '@/db/queries/record-delete';
import { deleteRecordAction } from './actions';

interface Props {
  kind: DeletableKind;
  id: number;
  name: string;
  /** The admin page to open afterwards: the record's parent (the award of an edition, say). */
  returnTo: string;
  /** What else goes with it, in a sentence ("Its aliases and credits go with it."). */
  parts: string;
}

export function DeleteRecordForm({ kind, id, name, returnTo, parts }: Props) {
  const [state, formAction, isPending] = useActionState(deleteRecordAction, null);
  const failed = state && !state.ok ? state : null;
  const error = failed?.fieldErrors?.confirm;
  const heading = `delete-${kind}-heading`;
  return (
    <form action={formAction} className="edit-form" aria-labelledby={heading}>
      <h2 id={heading}>Delete this {kind}</h2>
      <p className="muted">
        For {/^[aeiou]/.test(kind) ? 'an' : 'a'} {kind} entered by mistake. Only one that nothing refers to can go: no
        nomination, no candidate waiting for review. {parts} The audit log keeps a copy.
      </p>
      {failed ? (
        <p role="alert" className="form-error">
          {failed.message}
        </p>
      ) : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <ConfirmBox id={`delete-${kind}-confirm`} label={`Yes, delete “${name}”`} errors={error} />
      <button type="submit" disabled={isPending}>
        Delete {kind}
      </button>
    </form>
  );
}
