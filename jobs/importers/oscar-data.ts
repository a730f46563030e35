// The oscar_data importer: every Academy Award nomination from DLu/oscar_data (shipped, with its BSD
// licence, in db/seed/oscar_data/) into the catalogue: the Academy, the award, one edition per ceremony,
// canonical and per-edition categories, films, people and companies with their IMDb ids, and each
// nomination with its status history, sourced to the data set.
//
// The whole file is checked before anything is written, and written in one transaction, so a malformed
// file changes nothing. A rerun finds every record by its natural key and creates nothing; a changed
// Winner flag moves the status through changeStatus, the one write path for statuses.
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../../db/client';
import { categories, editions, films, people } from '../../db/schema';
import { readOscarFile, type OscarRow } from './oscar-data-file';
import { isDocumentaryRow } from './oscar-data-names';
import { OscarWriter, type RowOutcome } from './oscar-data-writer';

export { ImportError } from './oscar-data-file';

/** The copy of oscars.tsv that ships with Laurels. */
export const OSCAR_DATA_FILE = join(__dirname, '..', '..', 'db', 'seed', 'oscar_data', 'oscars.tsv');

export interface OscarImportOptions {
  /** Only the documentary categories (DOCUMENTARY (Feature), DOCUMENTARY (Short Subject)). */
  documentaryOnly?: boolean;
  /** Who the audit log and status history name; default 'import:oscar-data'. */
  actor?: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Every data line is accounted for: `rows` counts them all, `selected` those imported (all, or the
 * documentary ones), and each selected row was created, updated (its status moved), found unchanged, or
 * kept (the file changes its status in a way the status rules refuse).
 * `duplicates` counts rows, among the unchanged, that repeat an earlier row of the same file word for word.
 * editions, categories, films and people count the records created.
 */
export interface OscarImportSummary {
  rows: number;
  selected: number;
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  /** Rows whose status the file changes in a way the status rules refuse: left as they are. */
  kept: number;
  editions: number;
  categories: number;
  films: number;
  people: number;
}

export function importOscarData(db: Executor, file: string, options: OscarImportOptions = {}): OscarImportSummary {
  const { rows, decidedCeremonies } = readOscarFile(file);
  const selected = options.documentaryOnly ? rows.filter(isDocumentaryRow) : rows;
  return writeTransaction(db, (tx) => {
    const before = catalogueCounts(tx);
    const writer = new OscarWriter(tx, options.actor ?? 'import:oscar-data', decidedCeremonies);
    const outcomes = writeRows(writer, selected, options.onProgress);
    const after = catalogueCounts(tx);
    return {
      rows: rows.length,
      selected: selected.length,
      created: outcomes.created,
      updated: outcomes.updated,
      unchanged: outcomes.unchanged + outcomes.duplicate,
      duplicates: outcomes.duplicate,
      kept: outcomes.kept,
      editions: after.editions - before.editions,
      categories: after.categories - before.categories,
      films: after.films - before.films,
      people: after.people - before.people,
    };
  });
}

/** Queued rows written at once: large enough for few statements, small enough to keep memory flat. */
const FLUSH_AT = 16_384;

function writeRows(writer: OscarWriter, rows: OscarRow[], onProgress: OscarImportOptions['onProgress']) {
  const outcomes: Record<RowOutcome, number> = { created: 0, updated: 0, unchanged: 0, duplicate: 0, kept: 0 };
  const step = Math.max(1, Math.ceil(rows.length / 100));
  rows.forEach((row, i) => {
    outcomes[writer.write(row)]++;
    const reports = onProgress && ((i + 1) % step === 0 || i + 1 === rows.length);
    // A progress report counts rows written to the transaction, not rows waiting in memory.
    if (reports || writer.pending >= FLUSH_AT) writer.flush();
    if (reports) onProgress(i + 1, rows.length);
  });
  writer.flush();
  return outcomes;
}

function catalogueCounts(tx: Executor) {
  const total = (table: typeof editions | typeof categories | typeof films | typeof people) =>
    tx.select({ n: count() }).from(table).get()?.n ?? 0;
  return { editions: total(editions), categories: total(categories), films: total(films), people: total(people) };
}
