// The importer queues films, people and their aliases and writes them several rows per statement (see
// db/queries/insert-bulk.ts); the search index is kept by triggers (migration 0001), which must give
// every film and person the same entry as when each row was written on its own, aliases included.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { parseSearchText, searchNames } from '@/db/search';
import { importOscarData } from '@/jobs/importers/oscar-data';
import { OSCAR_COLUMNS } from '@/jobs/importers/oscar-data-file';
import { freshDatabase } from '@/tests/helpers/db';

// A fictional file: one film and one company named under two spellings, which become aliases.
const LINES = [
  [
    '90',
    '2017',
    'Title',
    'DOCUMENTARY (Feature)',
    'DOCUMENTARY (Feature)',
    'Test Film Quokka & Friends',
    'tt90000001',
    'Test Maker One',
    'Test Maker One',
    'nm90000001',
    'True',
  ],
  [
    '90',
    '2017',
    'Title',
    'DOCUMENTARY (Feature)',
    'DOCUMENTARY (Feature)',
    'Test Film Wombat',
    'tt90000002',
    'Test Studio Inc.',
    'Test Studio Inc.',
    'co90000001',
    '',
  ],
  [
    '91',
    '2018',
    'Title',
    'DOCUMENTARY (Short Subject)',
    'DOCUMENTARY (Short Subject)',
    'Quokka and Friends: The Test Cut',
    'tt90000001',
    'Test Studio Incorporated',
    'Test Studio Incorporated',
    'co90000001',
    'True',
  ],
];

function importFixture(): Db {
  const { db, file } = freshDatabase();
  const path = join(dirname(file), 'search.tsv');
  writeFileSync(path, `${[OSCAR_COLUMNS.join('\t'), ...LINES.map((line) => line.join('\t'))].join('\n')}\n`);
  importOscarData(db, path, { actor: 'test' });
  return db;
}

const searchIndex = (db: Db) =>
  db.$client.prepare('select rowid, name, aliases, extra from search_index order by rowid').all();

describe('the search index after an import', () => {
  it('holds for each film and person what its triggers give it row by row, aliases included', () => {
    const db = importFixture();
    const imported = searchIndex(db);
    expect(imported).toHaveLength(5);
    // Each update fires the trigger that rebuilds that row's entry from the tables alone.
    db.$client.exec('update films set title = title; update people set name = name');
    expect(searchIndex(db)).toEqual(imported);
  });

  it('finds a film and a company by the spellings the import added as aliases', async () => {
    const db = importFixture();
    const results = await searchNames(db, parseSearchText('quokka test cut'));
    expect(results.films.hits.map((hit) => hit.title)).toEqual(['Test Film Quokka & Friends']);
    const companies = await searchNames(db, parseSearchText('test studio incorporated'));
    expect(companies.people.hits.map((hit) => hit.name)).toEqual(['Test Studio Inc.']);
  });
});
