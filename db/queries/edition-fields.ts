// The editable details of an edition and what each may hold, declared once: the zod schema of each field
// (shared by updateEdition, which any caller may use, and the admin form's Server Action, which receives
// strings), its label in forms and conflict messages, and how a value is written out for a person.
import { z } from 'zod';
import { isRealDate } from '../rules/dates';
import { trimmedName } from '../rules/text';
import { dateOrderErrors, type EditionDates } from '../rules/edition-phase';

/** Form strings arrive trimmed or not at all: an empty entry means "not known" (null). */
function blankToNull(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = trimmedName(value);
  return trimmed === '' ? null : trimmed;
}

/** "2016" from a form becomes 2016; anything else is left for zod to refuse with the field's message. */
function toWholeNumber(value: unknown): unknown {
  const cleaned = blankToNull(value);
  return typeof cleaned === 'string' && /^-?\d+$/.test(cleaned) ? Number(cleaned) : cleaned;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const optionalText = (max: number) =>
  z.preprocess(blankToNull, z.string().max(max, `Keep this under ${max} characters.`).nullable());

const optionalDate = z.preprocess(
  blankToNull,
  z
    .string()
    .refine(isRealDate, 'Enter a real date as YYYY-MM-DD, e.g. 2017-02-26, or leave it empty.')
    .refine((value) => {
      const year = Number(value.slice(0, 4));
      return year >= MIN_YEAR && year <= MAX_YEAR;
    }, `Enter a date between ${MIN_YEAR} and ${MAX_YEAR}.`)
    .nullable(),
);

export const editionFieldSchemas = {
  name: z.preprocess(
    blankToNull,
    z.string({ error: 'Give the edition a name.' }).max(200, 'Keep the name under 200 characters.'),
  ),
  ordinal: z.preprocess(
    toWholeNumber,
    z
      .number({ error: 'Enter a whole number above 0 (89 for the 89th), or leave it empty.' })
      .refine(Number.isInteger, {
        error: 'Enter a whole number above 0 (89 for the 89th), or leave it empty.',
        abort: true,
      })
      .positive('Enter a whole number above 0 (89 for the 89th), or leave it empty.')
      .max(10_000, 'Enter a number below 10,000.')
      .nullable(),
  ),
  year: z.preprocess(
    toWholeNumber,
    z
      .number({ error: 'Enter the awards year, e.g. 2016.' })
      .refine(Number.isInteger, { error: 'Enter the awards year, e.g. 2016.', abort: true })
      .min(MIN_YEAR, `Enter a year from ${MIN_YEAR} to ${MAX_YEAR}.`)
      .max(MAX_YEAR, `Enter a year from ${MIN_YEAR} to ${MAX_YEAR}.`),
  ),
  yearLabel: optionalText(20),
  submissionsDate: optionalDate,
  shortlistDate: optionalDate,
  nominationsDate: optionalDate,
  ceremonyDate: optionalDate,
  datesNote: optionalText(500),
  venue: optionalText(200),
  resultsComplete: z.preprocess(
    (value) => (value === 'on' || value === 'true' ? true : value === 'false' ? false : value),
    z.boolean({ error: 'Results complete is either ticked or not.' }),
  ),
} as const;

export type EditionField = keyof typeof editionFieldSchemas;
export type EditionFields = { [K in EditionField]: z.output<(typeof editionFieldSchemas)[K]> };

export const EDITION_FIELDS = Object.keys(editionFieldSchemas) as EditionField[];

export const EDITION_FIELD_LABELS: Record<EditionField, string> = {
  name: 'Name',
  ordinal: 'Ordinal',
  year: 'Awards year',
  yearLabel: 'Year label',
  submissionsDate: 'Submissions deadline',
  shortlistDate: 'Shortlist date',
  nominationsDate: 'Nominations date',
  ceremonyDate: 'Ceremony date',
  datesNote: 'Dates note',
  venue: 'Venue',
  resultsComplete: 'Results complete',
};

/** A value as a person reads it in a message: empty, yes/no, or quoted text. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return `“${String(value)}”`;
}

const DATE_FIELDS = ['submissionsDate', 'shortlistDate', 'nominationsDate', 'ceremonyDate'] as const;

/**
 * For a form schema's superRefine that runs even when other fields failed (`{ when: () => true }`): the
 * dates that are valid on their own, checked for their order and against the awards year (dateOrderErrors),
 * so that one answer lists a misordered date beside a venue that is too long, rather than one submit after
 * the other. The write path checks the order again, as it does for any caller.
 */
export function addDateOrderIssues(input: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const dates = Object.fromEntries(
    [...DATE_FIELDS, 'year' as const].map((field) => {
      const parsed = editionFieldSchemas[field].safeParse(input[field]);
      return [field, parsed.success ? parsed.data : null];
    }),
  ) as EditionDates & { year: number | null };
  for (const [field, messages] of Object.entries(dateOrderErrors(dates)))
    for (const message of messages) ctx.addIssue({ code: 'custom', path: [field], message });
}
