// Pieces of the zod schemas that the admin forms share, so that a record id, a blank field, a ticked box or
// an external id is read the same way on every form.
import { z } from 'zod';
import { trimmedName } from '@/db/rules/text';

/** A record id or version posted in a hidden field: a positive whole number. */
export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A blank field as null, anything else through `schema` (an absent field is still refused). */
export function blankAsNull<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable());
}

/** A blank or absent field as null, anything else through `schema`. */
export function blankOrAbsentAsNull<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value),
    schema.nullable(),
  );
}

/**
 * Optional text, without spaces or invisible characters at its ends: anything but a string with something
 * visible in it is null.
 */
export const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && trimmedName(value)) || null,
    z.string().max(max, `Keep this under ${max} characters.`).nullable(),
  );

/**
 * A whole number as a form field holds it: digits only, or a number already. z.coerce would read "0x10"
 * as 16, "1e3" as 1000 and " " as 0; anything but digits is refused with `message`, and `bounds` adds
 * the range.
 */
export function wholeNumber(message: string, bounds: (number: z.ZodNumber) => z.ZodNumber = (number) => number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
    // Number.isInteger rather than .int(), which refuses a number past 2^53 as "not whole": twenty digits
    // typed are a whole number, too large, and the bounds say so.
    bounds(z.number({ error: message }).refine(Number.isInteger, { error: message, abort: true })),
  );
}

/** The latest year a film can have today: one still being made is dated a few years ahead at most. */
const latestFilmYear = () => new Date().getUTCFullYear() + 3;

/** A film's year, blank for unknown: the film forms' rule, and the review queue's. */
export const filmYearSchema = blankOrAbsentAsNull(
  wholeNumber('Give the year as four digits.', (number) =>
    number
      // "16" for 2016: the digits are missing, which "older than 1870" would not say.
      .min(1000, { error: 'Give the year as four digits, such as 2016.', abort: true })
      .min(1870, 'No film is older than 1870.')
      // Read when the form is sent, so that the bound moves on with the years.
      .refine((year) => year <= latestFilmYear(), {
        error: () => `A year after ${latestFilmYear()} cannot be right yet: check it.`,
      }),
  ),
);

/** A name or title as stored: runs of spaces (a double space typed or pasted) made one. */
export const singleSpaced = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * A name or title typed into a form: required, without spaces or invisible characters at its ends (so a
 * name of zero-width spaces is no name, and is refused with `required`), single-spaced, at most `max`.
 */
export function nameText(required: string, max: number, tooLong = `At most ${max} characters.`) {
  return z
    .string({ error: required })
    .transform((text) => singleSpaced(trimmedName(text)))
    .pipe(z.string().min(1, required).max(max, tooLong));
}

/** A checkbox: sent as "on" when ticked, absent when not. */
export const tickedSchema = z
  .literal('on')
  .optional()
  .transform((value) => value === 'on');

const ID_SITES = /(^|\.)(imdb\.com|wikidata\.org|themoviedb\.org)$/i;

/**
 * An external id pasted as the address of its page (editors copy the address bar) is read as the id:
 * https://www.imdb.com/title/tt5278868/ as tt5278868, https://www.wikidata.org/wiki/Q27983153 as
 * Q27983153, https://www.themoviedb.org/movie/407806-13th as 407806. `id` finds the id in a part of the
 * path, right after `page` when given (TMDB numbers its films and its people apart: a /person/ address
 * on a film's form names no film); anything else is left as typed for the schema to judge.
 */
export function idOrItsAddress<T extends z.ZodType>(id: RegExp, schema: T, page?: string) {
  return z.preprocess((value) => {
    if (typeof value !== 'string' || !URL.canParse(value.trim())) return value;
    const address = new URL(value.trim());
    if (!ID_SITES.test(address.hostname)) return value;
    const parts = address.pathname.split('/');
    const found = parts
      .map((part, i) => (page === undefined || parts[i - 1] === page ? id.exec(part)?.[0] : undefined))
      .find(Boolean);
    return found ?? value;
  }, schema);
}

export const wikidataIdSchema = idOrItsAddress(
  /^Q[1-9]\d*$/,
  z
    .string()
    .trim()
    .regex(/^Q[1-9]\d{0,11}$/, 'A Wikidata id is “Q” and digits: Q27983153.'),
);

const TMDB_MESSAGE = 'A TMDB id is a positive whole number.';
/** A TMDB id, or the address of its page of this kind (`movie` for a film, `person` for a person). */
export const tmdbIdSchema = (page: 'movie' | 'person') =>
  idOrItsAddress(
    /^\d+(?=-|$)/,
    // Fifteen digits at most, so that every id is held exactly (TMDB's own ids have seven or fewer).
    wholeNumber(TMDB_MESSAGE, (number) =>
      number.positive(TMDB_MESSAGE).max(999_999_999_999_999, 'A TMDB id this large cannot be right: check it.'),
    ),
    page,
  );

/**
 * Reads an edit form's hidden "opened" field (./opened-values.ts) with the form's own schema of its
 * fields. Anything unreadable (a forged or an old page) is no basis for a merge: the save is then refused
 * on any difference, as it was before.
 */
export function openedSchema<T extends z.ZodType>(fields: T) {
  return z
    .string()
    .optional()
    .transform((text): z.output<T> | undefined => {
      try {
        const parsed = fields.safeParse(JSON.parse(text ?? ''));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    });
}
