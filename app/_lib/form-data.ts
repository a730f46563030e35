// A submitted form as the plain object zod validates (see formDataToObject); used by app/_lib/action.ts.
import { withoutControlCharacters } from '@/db/rules/text';

export type FormObject = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

/**
 * The form as a plain object for zod: a field given once is a string (or File), a field given several
 * times is an array, and a field named `x[]` is always an array under `x` (for checkbox lists, where one
 * ticked box must still be a list). React's own `$ACTION…` fields are left out, and text is read without
 * control characters (a NUL pasted into a title), which no field means and which would break the feeds.
 */
export function formDataToObject(form: FormData): FormObject {
  const fields = new Map<string, FormDataEntryValue | FormDataEntryValue[]>();
  for (const [rawKey, given] of form) {
    if (rawKey.startsWith('$ACTION')) continue;
    const value = typeof given === 'string' ? withoutControlCharacters(given) : given;
    const isList = rawKey.endsWith('[]');
    const key = isList ? rawKey.slice(0, -2) : rawKey;
    const prior = fields.get(key);
    if (prior === undefined) fields.set(key, isList ? [value] : value);
    else fields.set(key, Array.isArray(prior) ? [...prior, value] : [prior, value]);
  }
  // fromEntries defines own properties, so a field named "__proto__" cannot reach the prototype.
  return Object.fromEntries(fields);
}
