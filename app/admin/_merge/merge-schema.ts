// What a merge confirmation posts: the two record ids and the versions the preview showed.
import { z } from 'zod';

const id = z.coerce.number({ error: 'Missing record.' }).int().positive('Missing record.');
const version = z.coerce.number({ error: 'Missing version.' }).int().positive('Missing version.');

export const mergeSchema = z.object({
  fromId: id,
  intoId: id,
  expectedFromVersion: version,
  expectedIntoVersion: version,
});

/** The first value of a search parameter, trimmed, or ''. */
export function searchParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}
