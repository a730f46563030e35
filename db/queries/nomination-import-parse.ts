// Reading a nominations CSV for import: the columns the export writes (db/queries/export.ts), so an
// exported file can be edited in a spreadsheet and uploaded again. Pure: text in, validated rows or
// line-numbered errors out. Size is capped before parsing, so a huge upload costs nothing.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isRealDate, isStillAhead } from '../rules/dates';
import { isNominationStatus } from '../rules/status';
import { withoutControlCharacters } from '../rules/text';
import { NOMINATION_STATUSES } from '../schema';
import { CSV_COLUMNS } from './export';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
// Measured: 5,000 rows that each create a film, a person and a nomination are applied in about 0.7 s
// (planned again and written, holding the write lock) on a 2-CPU machine. The server answers nothing else
// meanwhile (the driver is synchronous), so bigger files are split rather than freezing it for longer.
export const IMPORT_MAX_ROWS = 5_000;
export const FILE_TOO_LARGE = `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB: split it and import the parts.`;

/** Columns that must be present; the rest of the export's columns may be left out. */
const REQUIRED_COLUMNS = ['award', 'edition', 'category', 'films', 'nominees', 'status'] as const;

/** A problem with the file as a whole (line 0) or with one line of it. */
export interface ImportIssue {
  line: number;
  message: string;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || null);
const list = z
  .string()
  .transform((value) => value.split(';').map((part) => part.trim()))
  .transform((parts) => (parts.every((part) => !part) ? [] : parts));

const rowSchema = z.object({
  award: z.string().trim().min(1, 'award is empty'),
  edition: z.string().trim().min(1, 'edition is empty'),
  edition_ordinal: optionalText,
  category: z.string().trim().min(1, 'category is empty'),
  films: list,
  film_imdb_ids: list.refine(
    (ids) => ids.every((id) => !id || /^tt\d{5,10}$/.test(id)),
    'film_imdb_ids must be IMDb title ids like tt5275892, separated by "; "',
  ),
  nominees: list,
  credited_as: optionalText,
  detail: optionalText,
  citation: optionalText,
  nomination_note: optionalText,
  // As a spreadsheet writes it too: "Won ", "Honorable mention", "Runner-up".
  status: z.string().transform((value, ctx) => {
    const status = value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    if (isNominationStatus(status)) return status;
    ctx.addIssue({ code: 'custom', message: `status "${value}" is not one of ${NOMINATION_STATUSES.join(', ')}` });
    return z.NEVER;
  }),
  status_date: optionalText
    .refine((value) => value === null || isRealDate(value), 'status_date must be a real date like 2017-02-26')
    .refine(
      // Only a real date is still to come or not: 2030-13-45 gets one message, the one above.
      (value) => value === null || !isRealDate(value) || !isStillAhead(value),
      'status_date is still to come: a status records what has happened',
    ),
  source_publisher: optionalText,
  source_title: optionalText,
  source_url: optionalText.refine(
    (value) => value === null || /^https?:\/\/\S+$/.test(value),
    'source_url must start with http:// or https://',
  ),
  note: optionalText,
});

export type ImportRow = z.infer<typeof rowSchema> & { line: number };

/** When some rows are refused, `rows` holds the others, so that their own problems can be found at once too. */
export type ParsedImport = { ok: true; rows: ImportRow[] } | { ok: false; issues: ImportIssue[]; rows?: ImportRow[] };

type CsvRecord = { record: string[]; info: { lines: number } };

/** The rows of the CSV, each validated, or every problem found (file-level problems stop at the first). */
export function parseNominationsCsv(text: string): ParsedImport {
  if (Buffer.byteLength(text, 'utf8') > IMPORT_MAX_BYTES) {
    return fileIssue(FILE_TOO_LARGE);
  }
  let records: CsvRecord[];
  // A form posts its text with CRLF line ends; one form of line end makes the preview and the
  // re-posted confirmation read the same values, even inside quoted multi-line cells.
  // Control characters are left out as a form's are (app/_lib/form-data.ts).
  const lines = withoutControlCharacters(text).replace(/\r\n?/g, '\n');
  try {
    records = parse(lines, {
      delimiter: delimiterOf(lines),
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    return fileIssue(csvProblem(error, lines));
  }
  const [header, ...body] = records;
  if (!header) return fileIssue('The file is empty: it needs a header row and at least one nomination.');
  if (body.length > IMPORT_MAX_ROWS) {
    return fileIssue(
      `The file has ${body.length.toLocaleString('en')} rows; at most ${IMPORT_MAX_ROWS.toLocaleString('en')} can be imported at once: split it.`,
    );
  }
  const columns = header.record.map((name) => name.trim());
  const headerProblem = checkHeader(columns);
  if (headerProblem) return fileIssue(headerProblem, 1);
  if (!body.length) return fileIssue('The file has a header row but no nominations.');

  const rows: ImportRow[] = [];
  const issues: ImportIssue[] = [];
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      issues.push({ line: info.lines, message: columnCountProblem(record.length, columns.length) });
      continue;
    }
    const fields = Object.fromEntries(columns.map((name, i) => [name, unescapeFormula(record[i] ?? '')]));
    const parsed = rowSchema.safeParse(Object.fromEntries(CSV_COLUMNS.map((name) => [name, fields[name] ?? ''])));
    if (parsed.success) rows.push({ ...parsed.data, line: info.lines });
    else issues.push({ line: info.lines, message: parsed.error.issues.map((issue) => issue.message).join('; ') });
  }
  return issues.length ? { ok: false, issues, rows } : { ok: true, rows };
}

/** What a row with another number of cells than the header has is, in a spreadsheet user's words. */
function columnCountProblem(cells: number, columns: number): string {
  const why =
    cells < columns
      ? 'the row was cut short, or a line break inside a cell is not in quotes'
      : 'a cell holds the separator (a comma) without quotes around it';
  return `the row has ${cells} cells where the header has ${columns} columns: ${why}.`;
}

/** Why csv-parse could not read the file, in plain words, with the line to look at. */
function csvProblem(error: unknown, text: string): string {
  const { code, lines } = error as { code?: string; lines?: number };
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    // csv-parse names the line where the file ended; the quote to close is where the open cell began.
    return `Line ${openQuoteLine(text)}: a cell opens with a quote (") that is never closed. Close it, or double a quote that belongs to the text ("").`;
  }
  if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'INVALID_OPENING_QUOTE') {
    return `Line ${lines}: a quote (") stands inside a cell. Put the whole cell in quotes and double each quote inside it ("").`;
  }
  return `The file is not valid CSV${lines ? ` (line ${lines})` : ''}: ${(error as Error).message}`;
}

/** The line on which the quoted cell still open at the end of `text` began. */
function openQuoteLine(text: string): number {
  let line = 1;
  let openedOn = 1;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    else if (char === '"') {
      if (inQuotes && text[i + 1] === '"') i++;
      else {
        inQuotes = !inQuotes;
        if (inQuotes) openedOn = line;
      }
    }
  }
  return openedOn;
}

/**
 * The file's delimiter, read from its header row: a comma; or, where the header has none, a semicolon (a
 * spreadsheet saving "CSV" where the comma is the decimal sign) or a tab (one saving "text, tab
 * separated"). No column name holds any of them.
 */
function delimiterOf(text: string): ',' | ';' | '\t' {
  const header = text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  if (header.includes(',')) return ',';
  return header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
}

/**
 * A cell the export kept from running as a formula (a leading "'" before "=", "+", "-", "@"…), as it was.
 * (A text that itself starts with "'=" loses that "'" on the way back: rare enough to accept.)
 */
const FORMULA_ESCAPED = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const unescapeFormula = (cell: string) => (FORMULA_ESCAPED.test(cell) ? cell.slice(1) : cell);

function checkHeader(columns: string[]): string | null {
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = columns.filter((name) => !known.has(name));
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  const repeated = columns.filter((name, i) => columns.indexOf(name) !== i);
  const problems = [
    missing.length ? `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}` : '',
    unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` : '',
    repeated.length ? `repeated column${repeated.length > 1 ? 's' : ''}: ${repeated.join(', ')}` : '',
  ].filter(Boolean);
  return problems.length
    ? `The header row does not match the export's columns (${problems.join('; ')}). Expected: ${CSV_COLUMNS.join(', ')}.`
    : null;
}

function fileIssue(message: string, line = 0): ParsedImport {
  return { ok: false, issues: [{ line, message }] };
}
