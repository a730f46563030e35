// How a refused film edit reads in the form: a conflict lists each field someone else saved (the value
// saved now against the one submitted) in the message and beside the field; a field refusal found in the
// database (an id that belongs to another film) goes beside its field. The typed values go back with
// either, so a form posted without JavaScript keeps what the editor wrote.
import type { ActionResult } from '@/app/_lib/action';
import { toFormValues, valuesAfterConflict } from '@/app/_lib/opened-values';
import { ConflictError, FieldValidationError } from '@/db/queries/film-edits';
import { FILM_FIELD_LABELS } from './film-field-labels';
import type { FilmEditField } from '@/db/queries/film-edits';

/** A stored value in words: blank, yes/no, or quoted. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return `“${String(value)}”`;
}

/** The result for a refused edit; an error that is neither kind is thrown on, for guardedAction to log. */
export function refusedEdit(
  error: unknown,
  values: Record<string, string>,
  // The field names in words; the person forms pass their own.
  labels: Record<string, string> = FILM_FIELD_LABELS,
): ActionResult<never> {
  if (error instanceof ConflictError) {
    const changes = (error as ConflictError<FilmEditField>).changes;
    const label = (field: string) => labels[field] ?? field;
    const lines = changes.map(
      (c) => `${label(c.field)}: saved now ${describeValue(c.theirs)}, yours ${describeValue(c.yours)}`,
    );
    return {
      ok: false,
      message: `${error.message} ${lines.join('; ')}. Save again to keep your values, or reload the page to start from theirs.`,
      fieldErrors: Object.fromEntries(changes.map((c) => [c.field, [`Saved now: ${describeValue(c.theirs)}.`]])),
      // The version saved now: a second save, made knowing the difference, replaces their values where
      // both changed a field. For a merging form, it starts from what is saved now with the editor's own
      // changes on top, so saving again cannot undo a field only the other editor changed.
      values: {
        ...(error.saved ? mergedValues(values, error.saved) : values),
        expectedVersion: String(error.currentVersion),
      },
    };
  }
  if (error instanceof FieldValidationError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  throw error;
}

/**
 * The form's values after a conflict, on a form that sent the values it opened with
 * (valuesAfterConflict); the saved values become the form's new starting point.
 */
function mergedValues(values: Record<string, string>, saved: Record<string, unknown>): Record<string, string> {
  const opened = readOpened(values.opened);
  return {
    ...(opened ? valuesAfterConflict(values, saved, opened) : values),
    opened: JSON.stringify(toFormValues(saved)),
  };
}

function readOpened(text: string | undefined): Record<string, string> | undefined {
  try {
    const parsed: unknown = JSON.parse(text ?? '');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}
