'use client';
// Accept and Reject on one candidate of the queue: plain form posts without JavaScript, useActionState
// with it. A success sends the editor back to the queue (the action redirects); a refusal, such as a
// stale click, is announced beside the button that asked.
import { useActionState } from 'react';
import { acceptCandidateAction, rejectCandidateAction } from '../actions';

interface Props {
  candidateId: number;
  version: number;
  /** The candidate in words, for the buttons' accessible names ("Accept: The Family"). */
  label: string;
}

export function AcceptForm({ candidateId, version, label }: Props) {
  const [state, formAction, isPending] = useActionState(acceptCandidateAction, null);
  const messageId = `accept-message-${candidateId}`;
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button type="submit" disabled={isPending} aria-label={`Accept: ${label}`} aria-describedby={messageId}>
        Accept
      </button>
      <span id={messageId} role="status" className={state?.ok === false ? 'form-error' : undefined}>
        {state?.ok === false ? state.message : null}
      </span>
    </form>
  );
}

export function RejectForm({ candidateId, version, label }: Props) {
  const [state, formAction, isPending] = useActionState(rejectCandidateAction, null);
  const messageId = `reject-message-${candidateId}`;
  const noteId = `reject-note-${candidateId}`;
  const noteErrors = state?.ok === false ? state.fieldErrors?.note : undefined;
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <label htmlFor={noteId}>Note (optional)</label>{' '}
      <input
        id={noteId}
        name="note"
        maxLength={500}
        aria-describedby={messageId}
        aria-invalid={noteErrors ? true : undefined}
      />{' '}
      <button type="submit" disabled={isPending} aria-label={`Reject: ${label}`} aria-describedby={messageId}>
        Reject
      </button>
      <span id={messageId} role="status" className={state?.ok === false ? 'form-error' : undefined}>
        {state?.ok === false ? state.message : null}
      </span>
    </form>
  );
}
