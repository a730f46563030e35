// Migration 0020 stores each person's sort name. The people already there are filed by migration 0018's SQL
// expression, which must give what sortName gives for any name of either kind, or a person's page would
// link back to a letter of the A–Z list that does not hold them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/db/migrate';
import { browsePeople } from '@/db/queries/browse';
import { sortName } from '@/db/rules/sort-name';
import { foldText } from '@/db/rules/text';
import type { PersonKind } from '@/db/schema';
import { databaseBeforeMigration } from '@/tests/helpers/db';

const word = fc.constantFrom(
  'Jr.',
  'sr',
  'III',
  'The',
  'van',
  'a',
  'An',
  'Obaid-Chinoy',
  '-x',
  'y-',
  'a-b-c',
  'ß',
  '13',
);
const words = fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 });
const names = fc.array(fc.tuple(words, fc.constantFrom<PersonKind>('person', 'company')), {
  minLength: 1,
  maxLength: 40,
});

describe('migration 0020 (a stored sort name for every person)', () => {
  it('files the people already there as sortName files them, for any name of either kind', () => {
    fc.assert(
      fc.property(names, (people) => {
        const db = databaseBeforeMigration('ADD `sort_name`');
        const insert = db.$client.prepare('insert into people (slug, name, name_folded, kind) values (?, ?, ?, ?)');
        // Stored as a form stores them: trimmed, with single spaces (app/_lib/schema-fields.ts).
        const written = people.map(([parts, kind], i) => {
          const name = parts.join(' ').replace(/\s+/g, ' ').trim() || 'x';
          insert.run(`p-${i}`, name, foldText(name), kind);
          return { name, kind };
        });
        migrateDatabase(db);
        const filed = db.$client.prepare('select name, kind, sort_name from people order by id').all();
        expect(filed).toEqual(written.map(({ name, kind }) => ({ name, kind, sort_name: sortName(name, kind) })));
        db.$client.close();
      }),
      { seed: 23, numRuns: 25 },
    );
  });

  it('lists them under their surname afterwards', async () => {
    const db = databaseBeforeMigration('ADD `sort_name`');
    db.$client.exec(`
      insert into people (slug, name, name_folded, kind) values
        ('laura-poitras', 'Laura Poitras', 'laura poitras', 'person'),
        ('the-march-of-time', 'The March of Time', 'the march of time', 'company');
    `);
    migrateDatabase(db);
    const listed = async (letter: 'p' | 'm' | 'l') =>
      (await browsePeople(db, { letter }, 1)).rows.map((person) => person.name);
    expect(await listed('p')).toEqual(['Laura Poitras']);
    expect(await listed('m')).toEqual(['The March of Time']);
    expect(await listed('l')).toEqual([]);
  });
});
