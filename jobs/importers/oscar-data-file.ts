// Reads an oscar_data file (DLu/oscar_data's oscars.tsv) into checked rows, or throws ImportError naming
// the line. Nothing here touches the database: the importer checks the whole file before it writes.
//
// The format, as the shipped file has it: tab-separated with a header line; no quoting, a double quote
// inside a field is written \" (so there is no quote handling, or a field holding \"Chick\" would be
// mangled); trailing empty fields are left out, so a line may stop after Name; `|` separates the values of
// Film, FilmId, Nominees, NomineeIds, Detail and Note; '?' is an unknown IMDb id; Winner is 'True' or empty.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { shortened } from '../../db/rules/text';
import { FieldChecker, OSCAR_COLUMNS, type CheckedFields } from './oscar-data-fields';
import { namedNominees } from './oscar-data-names';

export { OSCAR_COLUMNS } from './oscar-data-fields';

/** Ceremony, Year, Class, CanonicalCategory and Category: a line must reach at least that far. */
const REQUIRED_COLUMNS = 5;

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface OscarFilm {
  title: string;
  imdbId: string | null;
}

export interface OscarNominee {
  name: string;
  /** nm… for a person, co… for a company; null when unknown ('?', missing, or a pseudonym's several ids). */
  imdbId: string | null;
}

export interface OscarRow {
  line: number;
  ceremony: number;
  /** The last year of the label: 1928 for '1927/28'. */
  year: number;
  /** The label when it spans two years ('1927/28'), else null. */
  yearLabel: string | null;
  className: string;
  canonicalCategory: string;
  category: string;
  /** Where the category first appears among its ceremony's categories, from 0. */
  categoryPosition: number;
  /** Where the row stands among its category's nominees, from 0. */
  position: number;
  films: OscarFilm[];
  name: string | null;
  nominees: OscarNominee[];
  isWinner: boolean;
  /**
   * Whether the category at this ceremony had nominees who did not win. Where every nominee won (an
   * honorary award, a Sci-Tech award) there was no nomination phase, so a winner was never "nominated".
   */
  isContested: boolean;
  detail: string | null;
  note: string | null;
  citation: string | null;
}

export interface OscarFile {
  rows: OscarRow[];
  /** Ceremonies with at least one winner; a ceremony without any has not been decided yet. */
  decidedCeremonies: Set<number>;
}

/** Reads and checks the whole file; throws ImportError on the first problem, naming its line. */
export function readOscarFile(file: string): OscarFile {
  const name = basename(file);
  const fail = (line: number, reason: string): never => {
    throw new ImportError(`${name} line ${line}: ${reason}`, line);
  };
  const text = readText(file);
  const records = parseRecords(text);
  const [header, ...data] = records;
  if (!header) return fail(1, `the file is empty; expected the header ${OSCAR_COLUMNS.join(', ')}`);
  checkHeader(header.record, fail);
  // The data set ends every line with a line break. A last line without one was most likely cut short
  // (a download or a copy that stopped), and a cut row can still look whole: a note cut inside "THIS IS
  // NOT AN OFFICIAL NOMINATION" would make that entry an official nomination.
  if (data.length && !/[\r\n]$/.test(text)) {
    fail(records.at(-1)!.line, 'the file ends inside this line, without a line break: it looks cut short');
  }

  const layout = new FileLayout(fail);
  const checker = new FieldChecker();
  const rows = data.map(({ record, line }) => {
    if (record.length > OSCAR_COLUMNS.length) {
      fail(line, `expected ${OSCAR_COLUMNS.length} columns, found ${record.length}`);
    }
    if (record.length < REQUIRED_COLUMNS) {
      fail(line, `expected ${OSCAR_COLUMNS.length} columns (at least ${REQUIRED_COLUMNS}), found ${record.length}`);
    }
    return layout.place(toRow(line, checker.check(line, record, fail)));
  });
  const contested = new Set(rows.filter((row) => !row.isWinner).map(categoryOf));
  for (const row of rows) row.isContested = contested.has(categoryOf(row));
  return { rows, decidedCeremonies: new Set(rows.filter((row) => row.isWinner).map((row) => row.ceremony)) };
}

const categoryOf = (row: OscarRow) => `${row.ceremony}\t${row.category}`;

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new ImportError(`cannot read ${file}: ${reason}`);
  }
}

interface ParsedRecord {
  record: string[];
  /** The line number, from 1, counting empty lines too. */
  line: number;
}

/**
 * Splits the text into lines and fields. The format has no quoting (see the header), so a line is a
 * record and a tab separates fields; empty lines are skipped. csv-parse did the same at a twentieth of the
 * speed, most of the whole import's time (it builds an error object for every short line).
 */
function parseRecords(text: string): ParsedRecord[] {
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\n|\r/);
  const records: ParsedRecord[] = [];
  lines.forEach((line, i) => {
    if (line !== '') records.push({ record: line.split('\t'), line: i + 1 });
  });
  return records;
}

function checkHeader(header: string[], fail: (line: number, reason: string) => never): void {
  const matches = header.length === OSCAR_COLUMNS.length && OSCAR_COLUMNS.every((column, i) => header[i] === column);
  if (!matches) fail(1, `expected the header ${OSCAR_COLUMNS.join(', ')}; found ${shortened(header.join(', '))}`);
}

const orNull = (value: string) => value || null;

function toRow(line: number, fields: CheckedFields): OscarRow {
  const [first, second] = fields.Year.split('/');
  const splitLabel = second !== undefined;
  return {
    line,
    ceremony: Number(fields.Ceremony),
    year: Number(first) + (splitLabel ? 1 : 0),
    yearLabel: splitLabel ? fields.Year : null,
    className: fields.Class,
    canonicalCategory: fields.CanonicalCategory,
    category: fields.Category,
    categoryPosition: 0,
    position: 0,
    films: fields.Film.map((title, i) => ({ title, imdbId: knownId(fields.FilmId[i]) })),
    name: orNull(fields.Name),
    nominees: namedNominees(
      orNull(fields.Name),
      fields.Nominees.map((name, i) => ({ name, imdbId: knownId(fields.NomineeIds[i]) })),
    ),
    isWinner: fields.Winner === 'True',
    isContested: true,
    detail: orNull(fields.Detail.join('; ')),
    note: orNull(fields.Note.join('\n')),
    citation: orNull(fields.Citation),
  };
}

/** An IMDb id, or null for '?', a missing id or a pseudonym's several ids (which name no one person). */
function knownId(id: string | undefined): string | null {
  return id && id !== '?' && !id.includes(',') ? id : null;
}

/**
 * Positions of categories and nominees in file order, and the checks that need earlier lines: a ceremony
 * has one year, a category of a ceremony one canonical category and class.
 */
class FileLayout {
  private ceremonyYears = new Map<number, { yearLabel: string; line: number }>();
  private categories = new Map<string, { row: OscarRow; position: number; nominees: number }>();
  private categoriesPerCeremony = new Map<number, number>();

  constructor(private fail: (line: number, reason: string) => never) {}

  place(row: OscarRow): OscarRow {
    const label = row.yearLabel ?? String(row.year);
    const ceremony = this.ceremonyYears.get(row.ceremony);
    if (!ceremony) this.ceremonyYears.set(row.ceremony, { yearLabel: label, line: row.line });
    else if (ceremony.yearLabel !== label) {
      this.fail(
        row.line,
        `ceremony ${row.ceremony} has year ${ceremony.yearLabel} at line ${ceremony.line}, not ${label}`,
      );
    }

    const key = categoryOf(row);
    let category = this.categories.get(key);
    if (!category) {
      const position = this.categoriesPerCeremony.get(row.ceremony) ?? 0;
      this.categoriesPerCeremony.set(row.ceremony, position + 1);
      category = { row, position, nominees: 0 };
      this.categories.set(key, category);
    } else if (category.row.canonicalCategory !== row.canonicalCategory || category.row.className !== row.className) {
      this.fail(
        row.line,
        `category ${row.category} of ceremony ${row.ceremony} is filed as ${category.row.className} / ${category.row.canonicalCategory} at line ${category.row.line}, not ${row.className} / ${row.canonicalCategory}`,
      );
    }
    row.categoryPosition = category.position;
    row.position = category.nominees++;
    return row;
  }
}
