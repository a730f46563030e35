// The rules of each column of an oscar_data file (see oscar-data-file.ts for the format), as zod
// schemas, and the checker that applies them line by line. A file of 12,000 lines repeats most values
// (the ceremony, its year, the category), so the checker is built to pay for each rule as seldom as it can
// while reporting a problem exactly as rowSchema does.
import { z } from 'zod';
import { shortened } from '../../db/rules/text';

export const OSCAR_COLUMNS = [
  'Ceremony',
  'Year',
  'Class',
  'CanonicalCategory',
  'Category',
  'Film',
  'FilmId',
  'Name',
  'Nominees',
  'NomineeIds',
  'Winner',
  'Detail',
  'Note',
  'Citation',
] as const;
type Column = (typeof OSCAR_COLUMNS)[number];

const splitValues = (value: string) => (value ? value.split('|') : []);
const ids = (pattern: RegExp, what: string) =>
  z
    .string()
    .transform(splitValues)
    .pipe(z.array(z.string().regex(pattern, `must hold ${what}`)));

/** Columns of free text: any value is good, and is read by these (which the schemas below apply too). */
const freeText = {
  Film: splitValues,
  Name: (value: string) => value,
  Nominees: splitValues,
  Detail: splitValues,
  Note: splitValues,
  Citation: (value: string) => value,
} satisfies Partial<Record<Column, (value: string) => unknown>>;
const isFreeText = (column: Column): column is keyof typeof freeText => column in freeText;

/** Columns of ids, '|'-separated: each id must match its column's pattern. */
const idPatterns = {
  FilmId: /^(\?|tt[0-9]+)$/,
  // A pseudonym shared by several people ('Roderick Jaynes', the Coen brothers) has their ids joined by commas.
  NomineeIds: /^(\?|(nm|co)[0-9]+|nm[0-9]+(,nm[0-9]+)+)$/,
} satisfies Partial<Record<Column, RegExp>>;
const isIdList = (column: Column): column is keyof typeof idPatterns => column in idPatterns;

/**
 * The longest value a text column may hold, as the admin forms allow (a title or name of 300 characters, a
 * note of 2,000): a record imported longer could never be saved again. The shipped file's longest are a
 * quarter of these.
 */
const TEXT_LIMITS = {
  Class: 300,
  CanonicalCategory: 300,
  Category: 300,
  Film: 300,
  Name: 300,
  Nominees: 300,
  Detail: 300,
  Note: 2000,
  Citation: 2000,
} satisfies Partial<Record<Column, number>>;
const limitOf = (column: Column): number => (TEXT_LIMITS as Partial<Record<Column, number>>)[column] ?? Infinity;
const atMost = (column: keyof typeof TEXT_LIMITS) =>
  z.string().max(TEXT_LIMITS[column], `must be at most ${TEXT_LIMITS[column]} characters long`);
const listOf = (column: 'Film' | 'Nominees') =>
  z
    .string()
    .transform(freeText[column])
    .pipe(z.array(atMost(column)));
// A nomination stores its details, and its notes, joined into one text (oscar-data-file.ts): the limit is on that.
const joinedListOf = (column: 'Detail' | 'Note') =>
  z
    .string()
    .transform(freeText[column])
    .refine(
      (values) => values.join('; ').length <= TEXT_LIMITS[column],
      `must be at most ${TEXT_LIMITS[column]} characters long in all`,
    );

// Each column's rules; rowSchema puts them together with the checks across columns.
const columnSchemas = {
  Ceremony: z.string().regex(/^[1-9][0-9]*$/, 'must be a positive whole number'),
  Year: z
    .string()
    .regex(/^[0-9]{4}(\/[0-9]{2})?$/, 'must be a year such as 2016 or 1927/28')
    .refine(isConsecutiveLabel, 'must span two consecutive years, such as 1927/28'),
  Class: atMost('Class').min(1, 'must not be empty'),
  CanonicalCategory: atMost('CanonicalCategory').min(1, 'must not be empty'),
  Category: atMost('Category').min(1, 'must not be empty'),
  Film: listOf('Film'),
  FilmId: ids(idPatterns.FilmId, "IMDb title ids (tt…) or '?'"),
  Name: atMost('Name'),
  Nominees: listOf('Nominees'),
  NomineeIds: ids(idPatterns.NomineeIds, "IMDb name or company ids (nm…, co…) or '?'"),
  Winner: z.enum(['', 'True'], { error: "must be 'True' or empty" }),
  Detail: joinedListOf('Detail'),
  Note: joinedListOf('Note'),
  Citation: atMost('Citation'),
} satisfies Record<Column, z.ZodType<unknown, string>>;

const idCountIssues = (row: { Film: string[]; FilmId: string[]; Nominees: string[]; NomineeIds: string[] }) => {
  const issues: { path: [Column]; message: string }[] = [];
  if (row.FilmId.length && row.FilmId.length !== row.Film.length) {
    issues.push({ path: ['FilmId'], message: `must hold one id per film (${row.Film.length})` });
  }
  if (row.NomineeIds.length && row.NomineeIds.length !== row.Nominees.length) {
    issues.push({ path: ['NomineeIds'], message: `must hold one id per nominee (${row.Nominees.length})` });
  }
  return issues;
};

const rowSchema = z.object(columnSchemas).superRefine((row, ctx) => {
  for (const issue of idCountIssues(row)) ctx.addIssue({ code: 'custom', ...issue });
});
export type CheckedFields = z.output<typeof rowSchema>;

function isConsecutiveLabel(label: string): boolean {
  const [first, second] = label.split('/');
  return second === undefined || (Number(first) + 1) % 100 === Number(second);
}

/**
 * Checks a line's fields against rowSchema, at a fraction of its cost per line (which was most of the
 * time of reading the file): free text is read as its schema reads it, ids are tested against the
 * patterns their schemas test them against, and each other column's schema sees each distinct value
 * once, since a file repeats them from line to line (the ceremony, its year, the category). A line with
 * any problem goes through rowSchema whole, which names the first problem exactly as it always has.
 */
export class FieldChecker {
  private readonly seen = new Map<Column, Map<string, { ok: boolean; value: unknown }>>(
    OSCAR_COLUMNS.filter((column) => !isFreeText(column) && !isIdList(column)).map((column) => [column, new Map()]),
  );

  check(line: number, record: string[], fail: (line: number, reason: string) => never): CheckedFields {
    const fields = {} as Record<Column, string>;
    const checked = {} as Record<Column, unknown>;
    let ok = true;
    for (let i = 0; i < OSCAR_COLUMNS.length; i++) {
      const column = OSCAR_COLUMNS[i]!;
      const value = unescape(record[i] ?? '');
      fields[column] = value;
      if (isFreeText(column)) {
        // A field within the limit, counting each '|' as the two characters it may be joined with, has
        // every value within it; a longer one is left to rowSchema, which decides exactly.
        ok &&= value.length + (value.split('|').length - 1) <= limitOf(column);
        checked[column] = freeText[column](value);
        continue;
      }
      if (isIdList(column)) {
        const list = splitValues(value);
        const pattern = idPatterns[column];
        ok &&= list.every((id) => pattern.test(id));
        checked[column] = list;
        continue;
      }
      const result = this.column(column, value);
      ok &&= result.ok;
      checked[column] = result.value;
    }
    if (ok && !idCountIssues(checked as CheckedFields).length) return checked as CheckedFields;
    const parsed = rowSchema.safeParse(fields);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const column = issue.path[0] as Column;
    return fail(line, `${column} ${issue.message}, found "${shortened(fields[column])}"`);
  }

  private column(column: Column, value: string) {
    const seen = this.seen.get(column)!;
    let result = seen.get(value);
    if (!result) {
      const parsed = columnSchemas[column].safeParse(value);
      result = { ok: parsed.success, value: parsed.data };
      seen.set(value, result);
    }
    return result;
  }
}

const unescape = (value: string) => (value.includes('\\') ? value.replaceAll('\\"', '"') : value);
