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
    expect(sortName('laura poitras', 'person')).toBe('poitras laura');
    expect(sortName('ludwig van beethoven', 'person')).toBe('beethoven ludwig van');
    expect(sortName('martin luther king jr', 'person')).toBe('king martin luther');
    expect(sortName('madonna', 'person')).toBe('madonna');
    // A suffix alone, or a name that is only a suffix and a word, keeps a surname.
    expect(sortName('jr', 'person')).toBe('jr');
    expect(sortName('john jr', 'person')).toBe('john');
    expect(sortName('the march of time', 'company')).toBe('march of time');
    expect(sortName('paramount pictures', 'company')).toBe('paramount pictures');
  });

  it('gives in SQL what it gives in JavaScript, for any folded name of either kind', () => {
    const { db } = freshDatabase();
    const filed = db.$client.prepare(
      db
        .select({ filed: sql<string>`${sortNameSql(people.nameFolded, people.kind)}` })
        .from(people)
        .where(sql`${people.id} = ?`)
        .toSQL().sql,
    );
    const insert = db.$client.prepare(`insert into people (slug, name, name_folded, kind) values (?, ?, ?, ?)`);
    const word = fc.constantFrom('jr', 'sr', 'iii', 'the', 'van', 'a', 'an', 'ann', 'j', 'poitras', 'ß', '13');
    const words = fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(words, fc.constantFrom('person', 'company'), (parts, kind) => {
        const folded = foldText(parts.join(' ')) || 'x';
        const { lastInsertRowid } = insert.run(`p-${Math.random()}`, folded, folded, kind);
        expect(filed.pluck().get(lastInsertRowid)).toBe(sortName(folded, kind));
      }),
      { seed: 23, numRuns: 400 },
    );
  });
});
