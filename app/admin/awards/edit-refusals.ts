// How a refused catalogue save (award or category) reads in its form: a conflict names each field someone
// else saved, their value against the one submitted, in the message and beside the field, and hands back
// the version saved now, with their values in the fields this editor left alone, so that saving again
// replaces theirs only knowingly; a field refusal found in the database (a duplicate name) goes beside its
// field. The typed values go back with either, so a form posted without JavaScript keeps what the editor
// wrote. Any other error is thrown on for guardedAction.
import type { ActionResult } from '@/app/_lib/action';
import { toFormValues, valuesAfterConflict } from '@/app/_lib/opened-values';
import { ConflictError, FieldValidationError } from '@/db/queries/film-edit-errors';

export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return `“${String(value)}”`;
}

export function refusedSave(
  error: unknown,
  values: Record<string, string>,
  labels: Record<string, string>,
  /** The form field that shows a changed value, when it is not named like the stored one. */
  formField: (field: string) => string = (field) => field,
): ActionResult<never> {
  if (error instanceof ConflictError) {
    const changes = (error as ConflictError).changes;
    const lines = changes.map(
      (c) => `${labels[c.field] ?? c.field}: theirs ${describeValue(c.theirs)}, yours ${describeValue(c.yours)}`,
    );
    return {
      ok: false,
      message: `${error.message}${lines.length ? ` ${lines.join('; ')}.` : ''} Save again to keep your values, or reload the page to start from theirs.`,
      fieldErrors: Object.fromEntries(
        changes.map((c) => [formField(c.field), [`Saved now: ${describeValue(c.theirs)}.`]]),
      ),
      // The version saved now: saving again replaces their values knowingly where both changed a field.
      // Where the server knew the form's starting point, the fields only they changed show their values.
      values: {
        ...(error.saved && error.opened
          ? valuesAfterConflict(values, error.saved, toFormValues(error.opened), formField)
          : values),
        expectedVersion: String(error.currentVersion),
      },
    };
  }
  if (error instanceof FieldValidationError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  throw error;
}
