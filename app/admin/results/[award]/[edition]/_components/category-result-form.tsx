'use client';
// A category's "Close category" (every nominee still nominated loses) or "Reopen category" button.
// Like the nominee buttons, one form in both states, so focus stays on the button pressed.
import { categoryResultAction } from '../actions';
import { ResultMessage, useResultForm } from './result-form-state';

export interface CategoryResultFormProps {
  categoryId: number;
  name: string;
  isClosed: boolean;
  /** categoryStateToken of the category as shown, so a close on a stale screen is refused. */
  stateToken: string;
}

export function CategoryResultForm({ categoryId, name, isClosed, stateToken }: CategoryResultFormProps) {
  const form = useResultForm(categoryResultAction, `category-${categoryId}`);
  const messageId = `result-message-category-${categoryId}`;
  const verb = isClosed ? 'Reopen category' : 'Close category';
  return (
    <form
      action={form.formAction}
      onSubmit={form.onSubmit}
      className="result-form category-result-form"
      aria-busy={form.isPending}
    >
      <input type="hidden" name="intent" value={isClosed ? 'reopen' : 'close'} />
      <input type="hidden" name="categoryId" value={categoryId} />
      <input type="hidden" name="expectedState" value={stateToken} />
      <button
        type="submit"
        className="result-category-button"
        aria-describedby={messageId}
        aria-label={`${verb}: ${name}`}
      >
        {verb}
      </button>
      <ResultMessage form={form} id={messageId} />
    </form>
  );
}
