// Property: the oscar_data importer and the CSV import parser, fed random and mangled lines, either read
// them or refuse them with an error naming the line — never another exception — and the importer writes
// nothing at all when it refuses a file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, films, nominations, people } from '@/db/schema';
import { ImportError, importOscarData, OSCAR_DATA_FILE } from '@/jobs/importers/oscar-data';
import { OSCAR_COLUMNS } from '@/jobs/importers/oscar-data-file';
import { parseNominationsCsv } from '@/db/queries/nomination-import-parse';
import { CSV_COLUMNS } from '@/db/queries/export';
import type { Db } from '@/db/client';
import { freshDatabase } from '@/tests/helpers/db';
import { SEED, segment } from './hostile-input';

const HEADER = OSCAR_COLUMNS.join('\t');
// Real rows of the shipped file (the 89th ceremony's Documentary Feature nominees), as a base to mangle.
const GOOD = readFileSync(OSCAR_DATA_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('89\t2016\tTitle\tDOCUMENTARY (Feature)'))
  .slice(0, 3);
const CELL = fc.oneof(
  segment,
  fc.constantFrom('', '?', 'True', 'False', 'tt1|tt2', '|', '1927/29', '0', '-1', '2016', '"', '\\"', '\r'),
);

/** A good row with some cells replaced, cells added or removed, or a line of random cells. */
const mangledLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...GOOD),
      fc.array(fc.tuple(fc.nat({ max: 15 }), CELL), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: -3, max: 2 }),
    )
    .map(([line, edits, extra]) => {
      const cells = line.split('\t');
      for (const [at, value] of edits) cells[at % (cells.length + 1)] = value.replace(/[\t\n]/g, ' ');
      if (extra < 0) cells.length = Math.max(0, cells.length + extra);
      for (let i = 0; i < extra; i++) cells.push('x');
      return cells.join('\t');
    }),
  fc.array(CELL, { maxLength: 16 }).map((cells) => cells.join('\t')),
);

let db: Db;
let folder: string;
const totals = () =>
  [auditLog, films, nominations, people].map((table) => db.select({ n: count() }).from(table).get()?.n ?? 0);
beforeAll(() => {
  db = freshDatabase().db;
  folder = mkdtempSync(join(tmpdir(), 'laurels-hostile-'));
});

describe('the oscar_data importer on mangled lines', () => {
  it('imports the file or refuses it naming a line, and then has written nothing', () => {
    let file = 0;
    const seen = { imported: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...GOOD), mangledLine), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        // A file whose last line has no line break, as one cut short has.
        fc.boolean(),
        (lines, header, ended) => {
          const path = join(folder, `oscars-${++file}.tsv`);
          const text = [header ? HEADER : lines[0], ...lines].join('\n') + (ended ? '\n' : '');
          writeFileSync(path, text);
          const before = totals();
          try {
            importOscarData(db, path, { actor: 'test' });
            seen.imported++;
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            seen.refused++;
            expect(error.message).toMatch(new RegExp(`^oscars-${file}\\.tsv line \\d+: .+`));
            expect(error.line).toBeGreaterThanOrEqual(1);
            // A mangled line may hold a carriage return, which ends a line too.
            expect(error.line).toBeLessThanOrEqual(text.split(/\r\n|\n|\r/).length);
            expect(totals()).toEqual(before);
          }
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
    // Both paths were taken, so the property is not vacuous.
    expect(seen.imported).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});

describe('the CSV import parser on random files', () => {
  it('returns rows, or issues each naming a line and saying what is wrong; never throws', () => {
    const cell = fc.oneof(
      CELL,
      fc.constantFrom('won', 'nominated', 'Best Feature', 'tt5275892', '2017-02-26', 'https://x.test', '"a,b"', '""'),
    );
    const header = fc.oneof(
      fc.constant(CSV_COLUMNS.join(',')),
      fc.shuffledSubarray([...CSV_COLUMNS]).map((c) => c.join(',')),
      cell,
    );
    const csv = fc
      .tuple(
        header,
        fc.array(
          fc.array(cell, { maxLength: 16 }).map((cells) => cells.join(',')),
          { maxLength: 8 },
        ),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([head, rows, end]) => [head, ...rows].join(end));
    fc.assert(
      fc.property(fc.oneof(csv, fc.string({ unit: 'binary', maxLength: 500 })), (text) => {
        const parsed = parseNominationsCsv(text);
        if (parsed.ok) {
          for (const row of parsed.rows) expect(row.line).toBeGreaterThanOrEqual(2);
          return;
        }
        expect(parsed.issues.length).toBeGreaterThan(0);
        for (const issue of parsed.issues) {
          expect(Number.isInteger(issue.line) && issue.line >= 0).toBe(true);
          expect(issue.message.length).toBeGreaterThan(5);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
