// What the person forms may submit, checked on the server (guardedAction runs safeParse first). Blank
// optional ids mean "unknown" and are stored as null; ids are checked for their shape here and for
// belonging to nobody else in db/queries/person-edits.ts.
import { z } from 'zod';
import { PERSON_KINDS } from '@/db/schema';

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable());
}

export const personFieldsSchema = z.object({
  name: z.string().trim().min(1, 'A person or company needs a name.').max(300, 'At most 300 characters.'),
  kind: z.enum(PERSON_KINDS, { error: 'Choose person or company.' }),
  imdbId: optional(
    z
      .string()
      .trim()
      .regex(/^(nm|co)\d{7,10}$/, 'An IMDb id is “nm” (a person) or “co” (a company) and 7 to 10 digits: nm1234567.'),
  ),
  wikidataId: optional(
    z
      .string()
      .trim()
      .regex(/^Q[1-9]\d{0,11}$/, 'A Wikidata id is “Q” and digits: Q27983153.'),
  ),
  tmdbId: optional(
    z.coerce
      .number({ error: 'A TMDB id is a positive whole number.' })
      .int('A TMDB id is a positive whole number.')
      .positive('A TMDB id is a positive whole number.')
      .max(Number.MAX_SAFE_INTEGER, 'A TMDB id is a positive whole number.'),
  ),
});

export const personDetailsSchema = personFieldsSchema.extend({ personId: idSchema, expectedVersion: idSchema });

export const addPersonAliasSchema = z.object({
  personId: idSchema,
  alias: z.string().trim().min(1, 'Type the other name.').max(300, 'At most 300 characters.'),
});

export const removePersonAliasSchema = z.object({ personId: idSchema, aliasId: idSchema });

/** The person form's field names in words (kept free of server modules: the form imports them). */
export const PERSON_FIELD_LABELS = {
  name: 'Name',
  kind: 'Kind',
  imdbId: 'IMDb id',
  wikidataId: 'Wikidata id',
  tmdbId: 'TMDB id',
} as const;
