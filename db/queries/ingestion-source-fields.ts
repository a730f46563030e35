// What an ingestion source may be, checked the same way for the command line (`laurels sources add`) and
// the admin form (/admin/sources): an http(s) address (a `bundled:` feed is only ever written by the seed,
// never typed), one of the kinds the parser reads, a five-field cron schedule in UTC that cron-parser can
// run, an optional award slug (whether it exists is checked against the database by the write) and an
// optional name. Also computes a schedule's next run, for the list and for anyone who needs it.
import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';
import { INGESTION_KINDS } from '../schema';

export const DEFAULT_SCHEDULE = '*/30 * * * *';

/** Where a seeded feed shipped with Laurels lives: db/seed/feeds/NAME. */
export const BUNDLED_PREFIX = 'bundled:';

const URL_MAX = 2000;

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Why a schedule cannot be used, or null when it can. */
export function scheduleProblem(schedule: string): string | null {
  const fields = schedule.trim().split(/\s+/);
  const shape = 'give five fields (minute hour day-of-month month day-of-week), e.g. */30 * * * *';
  if (fields.length !== 5) return `“${schedule}” is not a cron schedule: ${shape}.`;
  // cron-parser's H picks a random minute, so the next run would change with every reading.
  if (fields.some((field) => /(^|,)h(?![a-z])/i.test(field)))
    return `“${schedule}” uses H (a random value), which Laurels does not run: ${shape}.`;
  try {
    CronExpressionParser.parse(schedule, { tz: 'UTC' });
    return null;
  } catch (error) {
    const reason = inWords(error instanceof Error ? error.message : String(error));
    return `“${schedule}” is not a cron schedule (${reason}): ${shape}.`;
  }
}

/** Each field's range, as cron-parser names it in its messages ("expected range 0-59"). */
const FIELD_OF_RANGE: Record<string, string> = {
  '0-59': 'the minute',
  '0-23': 'the hour',
  '1-31': 'the day of the month',
  '1-12': 'the month',
  '0-7': 'the day of the week',
};

/** cron-parser's commonest messages in the form's words; any other as it is. */
function inWords(message: string): string {
  const outOfRange = /got value (\S+) expected range (\d+-\d+)/.exec(message);
  if (outOfRange) {
    const [, value, range] = outOfRange;
    const field = FIELD_OF_RANGE[range!] ?? 'a field';
    return `${field} must be ${range!.replace('-', '–')}, not ${value}`;
  }
  const characters = /^Invalid characters, got value: (.+)$/.exec(message);
  if (characters) return `“${characters[1]}” is not a number, a range such as 1-5 or a step such as */15`;
  return message;
}

/** The first run of `schedule` strictly after `from` (UTC), or null when the schedule cannot be read. */
export function nextRunAfter(schedule: string, from: Date): Date | null {
  try {
    return CronExpressionParser.parse(schedule, { tz: 'UTC', currentDate: from }).next().toDate();
  } catch {
    return null;
  }
}

const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null),
    z.string().max(max, message).nullable(),
  );

const addressSchema = z
  .string({ error: 'Give the feed’s or page’s address.' })
  .trim()
  .min(1, 'Give the feed’s or page’s address.')
  .max(URL_MAX, `Keep the address under ${URL_MAX} characters.`);

/**
 * An address written the way URL does and without its #fragment (which never reaches the server), so
 * one address is not added twice.
 */
function canonicalAddress(value: string): string {
  const url = new URL(value);
  url.hash = '';
  return url.href;
}

/** A new source's address: http(s) only, in its canonical form. */
export const sourceUrlSchema = addressSchema
  .refine(isWebAddress, 'Give a web address starting with http:// or https://.')
  .transform(canonicalAddress);

/**
 * An edited source's address: also the seeded demo's `bundled:NAME`, kept as it is (updateSource refuses a
 * bundled address that is not the one the source already has).
 */
export const editedSourceUrlSchema = addressSchema
  .refine((value) => isBundled(value) || isWebAddress(value), 'Give a web address starting with http:// or https://.')
  .transform((value) => (isBundled(value) ? value : canonicalAddress(value)));

export function isBundled(url: string): boolean {
  return url.startsWith(BUNDLED_PREFIX) && /^[a-z0-9][a-z0-9._-]*$/i.test(url.slice(BUNDLED_PREFIX.length));
}

export const sourceKindSchema = z.enum(INGESTION_KINDS, { error: 'Choose rss, atom, json or html.' });

export const sourceScheduleSchema = z
  .string({ error: 'Give a cron schedule.' })
  .trim()
  .min(1, 'Give a cron schedule, e.g. */30 * * * *.')
  .max(200, 'Keep the schedule under 200 characters.')
  .transform((value) => value.split(/\s+/).join(' '))
  .superRefine((value, ctx) => {
    const problem = scheduleProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const sourceAwardSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : null),
  z
    .string()
    .max(200, 'Keep the award slug under 200 characters.')
    .regex(/^[a-z0-9-]+$/, 'Give an award’s slug, e.g. ida-documentary-awards.')
    .nullable(),
);

/** Every field of a source as a person gives it (form or command line). */
export const sourceFieldsSchema = z.object({
  url: sourceUrlSchema,
  kind: sourceKindSchema,
  schedule: sourceScheduleSchema,
  award: sourceAwardSchema,
  name: optionalText(200, 'Keep the name under 200 characters.'),
});

export type SourceFields = z.output<typeof sourceFieldsSchema>;

/** The edit form's fields: the address may stay the seeded demo's bundled one. */
export const editedSourceFieldsSchema = sourceFieldsSchema.extend({ url: editedSourceUrlSchema });

export const SOURCE_FIELD_LABELS: Record<string, string> = {
  url: 'Address',
  kind: 'Kind',
  schedule: 'Schedule',
  award: 'Award',
  name: 'Name',
};

/** The first message of a failed parse, as one line naming its field (for the command line). */
export function describeFieldErrors(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The source is not valid.';
  const field = String(issue.path[0] ?? '');
  return `${SOURCE_FIELD_LABELS[field] ?? field}: ${issue.message}`;
}
