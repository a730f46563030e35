// The people A–Z filing rule in JavaScript and in SQL (the list's index) must agree on every name, or a
// person's page would link back to a letter that does not list them.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortName, sortNameSql } from '@/db/rules/sort-name';
import { foldText } from '@/db/rules/text';
import { people } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

describe('sortName', () => {
  it('files a person by surname, after a suffix, and a company by its name after "The"', () => {
    expect(sortName('Laura Poitras', 'person')).toBe('poitras laura');
    expect(sortName('Ludwig van Beethoven', 'person')).toBe('beethoven ludwig van');
    expect(sortName('Martin Luther King Jr.', 'person')).toBe('king martin luther');
    expect(sortName('Madonna', 'person')).toBe('madonna');
    // A suffix alone, or a name that is only a suffix and a word, keeps a surname.
    expect(sortName('Jr.', 'person')).toBe('jr');
    expect(sortName('John Jr.', 'person')).toBe('john');
    expect(sortName('The March of Time', 'company')).toBe('march of time');
    expect(sortName('Paramount Pictures', 'company')).toBe('paramount pictures');
  });

  it('files a double-barrelled surname under its first part, and a hyphenated given name apart', () => {
    expect(sortName('Sharmeen Obaid-Chinoy', 'person')).toBe('obaid chinoy sharmeen');
    expect(sortName('Daniel Day-Lewis', 'person')).toBe('day lewis daniel');
    expect(sortName('Jean-Claude Carrière', 'person')).toBe('carriere jean claude');
    // A hyphen at either end of the last word, or two of them, joins nothing.
    expect(sortName('Ann Lee-', 'person')).toBe('lee ann');
  });

  it('gives in SQL what it gives in JavaScript, for any name of either kind', () => {
    const { db } = freshDatabase();
    const filed = db.$client.prepare(
      db
        .select({ filed: sql<string>`${sortNameSql(people.name, people.nameFolded, people.kind)}` })
        .from(people)
        .where(sql`${people.id} = ?`)
        .toSQL().sql,
    );
    const insert = db.$client.prepare(`insert into people (slug, name, name_folded, kind) values (?, ?, ?, ?)`);
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
    fc.assert(
      fc.property(words, fc.constantFrom('person', 'company'), (parts, kind) => {
        // Stored as a form stores it: trimmed, single spaces (app/_lib/schema-fields.ts).
        const name = parts.join(' ').replace(/\s+/g, ' ').trim() || 'x';
        const folded = foldText(name);
        const { lastInsertRowid } = insert.run(`p-${Math.random()}`, name, folded, kind);
        expect(filed.pluck().get(lastInsertRowid)).toBe(sortName(name, kind));
      }),
      { seed: 23, numRuns: 500 },
    );
  });
});
