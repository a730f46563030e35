'use client';
// Deleting the nomination, for admins: a box to tick first, and the version the page was drawn from, so a
// nomination someone changed meanwhile is not deleted unseen. Afterwards the action leads to the results
// screen; a refusal stays here with its reason.
import { useActionState } from 'react';
import { ConfirmBox } from '@/app/admin/_components/confirm-box';
import { deleteNominationAction } from '../actions';

interface Props {
  nominationId: number;
  version: number;
  /** The results screen of the nomination's edition. */
  returnTo: string;
  label: string;
}

export function DeleteNominationForm({ nominationId, version, returnTo, label }: Props) {
  const [state, formAction, isPending] = useActionState(deleteNominationAction, null);
  const failed = state && !state.ok ? state : null;
  const error = failed?.fieldErrors?.confirm;
  return (
    <form action={formAction} className="edit-form" aria-labelledby="nomination-delete-heading">
      <h2 id="nomination-delete-heading">Delete this nomination</h2>
      <p className="muted">
        For a nomination recorded by mistake: a duplicate, or one in the wrong category. A nominee that left the race is
        withdrawn instead. Its status history goes with it; the audit log keeps a copy of everything.
      </p>
      {failed ? (
        <p role="alert" className="form-error">
          {failed.message}
        </p>
      ) : null}
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <ConfirmBox id="nomination-delete-confirm" label={`Yes, delete “${label}” from this category`} errors={error} />
      <button type="submit" disabled={isPending}>
        Delete nomination
      </button>
    </form>
  );
}
