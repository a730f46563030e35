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
