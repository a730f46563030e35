// What the person forms may submit, checked on the server (guardedAction runs safeParse first). Blank
// optional ids mean "unknown" and are stored as null; ids are checked for their shape here and for
// belonging to nobody else in db/queries/person-edits.ts.
import { z } from 'zod';
import {
  blankAsNull,
  blankOrAbsentAsNull,
  idOrItsAddress,
  idSchema,
  nameText,
  openedSchema,
  tickedSchema,
  tmdbIdSchema,
  wikidataIdSchema,
} from '@/app/_lib/schema-fields';
import { foldText } from '@/db/rules/text';
import { PERSON_KINDS } from '@/db/schema';

export const personFieldsSchema = z.object({
  name: nameText('A person or company needs a name.', 300),
  kind: z.enum(PERSON_KINDS, { error: 'Choose person or company.' }),
  // Blank or absent files by the rule (db/rules/sort-name.ts); a filing must hold letters or digits to file by.
  filedUnder: blankOrAbsentAsNull(
    nameText('', 300).refine(
      (text) => foldText(text) !== '',
      'Type the name as the list should file it, in letters: Bong Joon-ho.',
    ),
  ),
  imdbId: blankAsNull(
    idOrItsAddress(
      /^(nm|co)\d+$/,
      z
        .string()
        .trim()
        .regex(/^(nm|co)\d{7,10}$/, 'An IMDb id is “nm” (a person) or “co” (a company) and 7 to 10 digits: nm1234567.'),
    ),
  ),
  wikidataId: blankAsNull(wikidataIdSchema),
  tmdbId: blankAsNull(tmdbIdSchema('person')),
});

export const newPersonSchema = personFieldsSchema.extend({ createAnyway: tickedSchema });

export const personDetailsSchema = personFieldsSchema.extend({
  personId: idSchema,
  expectedVersion: idSchema,
  opened: openedSchema(personFieldsSchema),
});

export const addPersonAliasSchema = z.object({
  personId: idSchema,
  alias: nameText('Type the other name.', 300),
});

export const removePersonAliasSchema = z.object({ personId: idSchema, aliasId: idSchema });

/** The person form's field names in words (kept free of server modules: the form imports them). */
export const PERSON_FIELD_LABELS = {
  name: 'Name',
  kind: 'Kind',
  filedUnder: 'Filed under',
  imdbId: 'IMDb id',
  wikidataId: 'Wikidata id',
  tmdbId: 'TMDB id',
} as const;
