// The values an edit form started from, sent back with it in one hidden field ("opened"), so that a save
// made on an older version merges with what someone else saved meanwhile: the fields the editor changed
// are written, the others keep the newer values (db/queries/film-edit-errors.ts, planEdit). Free of zod
// and the database, so the forms (client components) use it; the action reads the field with openedSchema
// (./schema-fields.ts).

/** Values as an edit form's fields hold them: text as is, blank for null, "on" for a ticked box (absent when not). */
export function toFormValues(input: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'boolean') {
      if (value) values[key] = 'on';
    } else values[key] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/** The hidden field's value: the form's starting values of `fields` (of a record as saved). */
export function openedValue<T extends Record<string, unknown>>(
  record: T,
  fields: readonly (keyof T & string)[],
): string {
  return JSON.stringify(toFormValues(Object.fromEntries(fields.map((field) => [field, record[field]]))));
}

/** What a refused save sends back to its form: the fields as submitted, and the values the form opened with. */
export function refusedFormValues(
  submitted: Record<string, unknown>,
  opened: Record<string, unknown> | undefined,
): Record<string, string> {
  return { ...toFormValues(submitted), opened: opened ? JSON.stringify(toFormValues(opened)) : '' };
}

/**
 * A refused form's values after a conflict, on a form that merges: each field the editor changed keeps
 * what they typed, every other field takes the value saved now, so that saving again cannot undo what
 * only someone else changed. `saved` and `opened` hold the record's fields (opened as form values);
 * `formField` names the form field that shows each one, where the two names differ.
 */
export function valuesAfterConflict(
  values: Record<string, string>,
  saved: Record<string, unknown>,
  opened: Record<string, string>,
  formField: (field: string) => string = (field) => field,
): Record<string, string> {
  const now = toFormValues(saved);
  const merged = { ...values };
  for (const field of Object.keys(saved)) {
    const name = formField(field);
    if ((values[name] ?? '') !== (opened[field] ?? '')) continue;
    // A box unticked is a field absent from the form's values.
    if (now[field] === undefined) delete merged[name];
    else merged[name] = now[field];
  }
  return merged;
}
