// How a refused nomination edit reads in its form: a conflict names each field someone else saved (the
// value saved now against the one submitted), a refusal found in the database (a clash with another
// nominee, a title that matches no film) goes in the message and beside its field.
import type { ActionResult } from '@/app/_lib/action';
import { ConflictError, FieldValidationError, type NominationEditField } from '@/db/queries/nomination-edits';
import { NOMINATION_FIELD_LABELS } from './nomination-field-labels';

export { NOMINATION_FIELD_LABELS };

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  // The films or people of a nominee, by name (db/queries/nomination-edits.ts memberNames).
  if (Array.isArray(value)) return value.length ? value.map((name) => `“${String(name)}”`).join(', ') : '(none)';
  return `“${String(value)}”`;
}

/** The result for a refused edit; an error of any other kind is thrown on, for guardedAction to handle. */
export function refusedNominationEdit(error: unknown, values: Record<string, string>): ActionResult<never> {
  if (error instanceof ConflictError) {
    const changes = (error as ConflictError<NominationEditField>).changes;
    const lines = changes.map(
      (c) =>
        `${NOMINATION_FIELD_LABELS[c.field]}: saved now ${describeValue(c.theirs)}, yours ${describeValue(c.yours)}`,
    );
    return {
      ok: false,
      message: [error.message, ...lines].join(' ') + ' Reload the page to see what is saved now.',
      fieldErrors: Object.fromEntries(changes.map((c) => [c.field, [`Saved now: ${describeValue(c.theirs)}.`]])),
      values: { ...values, expectedVersion: String(error.currentVersion) },
    };
  }
  if (error instanceof FieldValidationError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  throw error;
}

export function toFormValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [key, value === null || value === undefined ? '' : String(value)]),
  );
}
