// What the film edit forms may submit, checked on the server (app/_lib/action.ts runs safeParse before any
// handler). Blank optional fields mean "unknown" and are stored as null; ids and codes are checked for
// their shape here and for belonging to no other film in db/queries/film-edits.ts.
import { z } from 'zod';
import {
  blankAsNull,
  filmYearSchema,
  idOrItsAddress,
  idSchema,
  nameText,
  openedSchema,
  optionalText,
  tickedSchema,
  tmdbIdSchema,
  wholeNumber,
  wikidataIdSchema,
} from '@/app/_lib/schema-fields';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const isKnownRegion = (code: string) => {
  const name = regionNames.of(code);
  return name !== undefined && name !== 'Unknown Region';
};

const countriesSchema = z
  .string()
  .max(200)
  .transform((value) => value.split(',').map((code) => code.trim().toUpperCase()))
  .refine((codes) => codes.every((code) => /^[A-Z]{2}$/.test(code) && isKnownRegion(code)), {
    message: 'Use two-letter country codes (ISO 3166-1), separated by commas: US, GB, FR.',
  })
  .transform((codes) => [...new Set(codes)].join(','));

/** The film's editable fields. */
const filmFieldsSchema = z.object({
  title: nameText('A film needs a title.', 300),
  originalTitle: optionalText(300),
  year: filmYearSchema,
  runtimeMinutes: blankAsNull(
    wholeNumber('Give the runtime in whole minutes.', (number) =>
      number.positive('Give the runtime in whole minutes.').max(2000, 'At most 2000 minutes.'),
    ),
  ),
  countries: blankAsNull(countriesSchema),
  imdbId: blankAsNull(
    idOrItsAddress(
      /^tt\d+$/,
      z
        .string()
        .trim()
        .regex(/^tt\d{7,10}$/, 'An IMDb id is “tt” and 7 to 10 digits: tt5278868.'),
    ),
  ),
  wikidataId: blankAsNull(wikidataIdSchema),
  tmdbId: blankAsNull(tmdbIdSchema('movie')),
  // A checkbox: sent as "on" when ticked, absent when not.
  isDocumentary: tickedSchema,
});

export const filmDetailsSchema = filmFieldsSchema.extend({
  filmId: idSchema,
  expectedVersion: idSchema,
  opened: openedSchema(filmFieldsSchema),
});

export const addAliasSchema = z.object({
  filmId: idSchema,
  alias: nameText('Type the other title.', 300),
});

export const removeAliasSchema = z.object({ filmId: idSchema, aliasId: idSchema });

/** A new film: the same fields and rules as an edit, plus "create anyway" after a same-title warning. */
export const newFilmSchema = filmFieldsSchema.extend({ createAnyway: tickedSchema });

export const addCreditSchema = z.object({
  filmId: idSchema,
  personName: z.string().trim().min(1, 'Type the person’s name.').max(300, 'At most 300 characters.'),
  // Set when the editor picked one of several people with that name.
  personId: z.preprocess((value) => (value === undefined || value === '' ? null : value), idSchema.nullable()),
  createPerson: tickedSchema,
  role: nameText('Give the role: director, producer, editor, …', 100),
  position: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? 0 : value),
    wholeNumber('The position is a whole number (0 first).', (number) =>
      number.min(0, 'The position is a whole number (0 first).').max(1000, 'At most 1000.'),
    ),
  ),
});

export const removeCreditSchema = z.object({ filmId: idSchema, creditId: idSchema });
