'use client';
// One nominee's button: "Mark winner", or "Undo winner" once it has won. One form whatever the status,
// so the button pressed is the same element after the page updates and keeps the keyboard focus. In a
// category that already has a winner the button reads "Mark joint winner" and names the winner it would
// tie with, so a tie is never made by a click meant for a first winner (the category state token refuses
// a click on a screen that had not yet seen that winner).
import { nomineeResultAction } from '../actions';
import { ResultMessage, useResultForm } from './result-form-state';

export interface NomineeResultFormProps {
  nominationId: number;
  version: number;
  /** Its category's state token on this screen: a mark is refused if another winner came meanwhile. */
  categoryState: string;
  isWinner: boolean;
  /** The category's winners this nominee would tie with, if marked. */
  tiesWith: readonly string[];
  /** The nominee in words: the button's accessible name says whom it acts on ("Mark winner: 13th"). */
  label: string;
  /**
   * Its category, in the accessible name too ("… in Best Feature"): a film nominated in two categories
   * has two buttons, which a screen reader's list of buttons would otherwise not tell apart.
   */
  category: string;
}

export function NomineeResultForm(props: NomineeResultFormProps) {
  const { nominationId, version, categoryState, isWinner, tiesWith, label, category } = props;
  const form = useResultForm(nomineeResultAction, `nomination-${nominationId}`);
  const messageId = `result-message-nomination-${nominationId}`;
  const tieId = `result-tie-nomination-${nominationId}`;
  const makesTie = !isWinner && tiesWith.length > 0;
  const verb = isWinner ? 'Undo winner' : makesTie ? 'Mark joint winner' : 'Mark winner';
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} className="result-form" aria-busy={form.isPending}>
      <input type="hidden" name="intent" value={isWinner ? 'undo' : 'mark'} />
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="expectedCategoryState" value={categoryState} />
      <button
        type="submit"
        className={isWinner ? 'result-undo' : 'result-mark'}
        aria-describedby={makesTie ? `${tieId} ${messageId}` : messageId}
        aria-label={`${verb}: ${label} in ${category}`}
      >
        {verb}
      </button>
      {makesTie ? (
        <span id={tieId} className="muted">
          {' '}
          A tie with {tiesWith.join(' and ')}.
        </span>
      ) : null}
      <ResultMessage form={form} id={messageId} />
    </form>
  );
}
