'use client';
// One nominee's button: "Mark winner", or "Undo winner" once it has won. One form whatever the status,
// so the button pressed is the same element after the page updates and keeps the keyboard focus.
import { nomineeResultAction } from '../actions';
import { ResultMessage, useResultForm } from './result-form-state';

export interface NomineeResultFormProps {
  nominationId: number;
  version: number;
  /** Its category's state token on this screen: a mark is refused if another winner came meanwhile. */
  categoryState: string;
  isWinner: boolean;
  /** The nominee in words: the button's accessible name says whom it acts on ("Mark winner: 13th"). */
  label: string;
}

export function NomineeResultForm({ nominationId, version, categoryState, isWinner, label }: NomineeResultFormProps) {
  const form = useResultForm(nomineeResultAction, `nomination-${nominationId}`);
  const messageId = `result-message-nomination-${nominationId}`;
  const verb = isWinner ? 'Undo winner' : 'Mark winner';
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} className="result-form" aria-busy={form.isPending}>
      <input type="hidden" name="intent" value={isWinner ? 'undo' : 'mark'} />
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="expectedCategoryState" value={categoryState} />
      <button
        type="submit"
        className={isWinner ? 'result-undo' : 'result-mark'}
        aria-describedby={messageId}
        aria-label={`${verb}: ${label}`}
      >
        {verb}
      </button>
      <ResultMessage form={form} id={messageId} />
    </form>
  );
}
