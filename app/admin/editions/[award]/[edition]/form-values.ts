// An edition's details as the strings its form holds: what the page loads into it, and what the action
// sends back after a refusal, written the same way (empty for unknown, "on" for a ticked box).
import { EDITION_FIELDS, type EditionFields } from '@/db/queries/edition-fields';

export function editionFormValues(
  details: EditionFields,
  ids: { editionId: number; expectedVersion: number },
): Record<string, string> {
  const values: Record<string, string> = {
    editionId: String(ids.editionId),
    expectedVersion: String(ids.expectedVersion),
  };
  for (const field of EDITION_FIELDS) {
    const value = details[field];
    if (typeof value === 'boolean') {
      if (value) values[field] = 'on';
    } else values[field] = value === null ? '' : String(value);
  }
  return values;
}
