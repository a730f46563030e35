// The A–Z filing rule in JavaScript and in SQL (the list's index) must agree on every title, or a film's
// page would link back to a letter that does not list it.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortTitle, sortTitleSql } from '@/db/rules/sort-title';
import { foldText } from '@/db/rules/text';
import { films } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

describe('sortTitle', () => {
  it('passes over a leading "The", "A" or "An", and nothing else', () => {
    expect(sortTitle('the lovers and the despot')).toBe('lovers and the despot');
    expect(sortTitle('a chance to live')).toBe('chance to live');
    expect(sortTitle('an inconvenient truth')).toBe('inconvenient truth');
    // An article alone, or the start of a longer word, is the title itself.
    expect(sortTitle('the')).toBe('the');
    expect(sortTitle('theater of life')).toBe('theater of life');
    expect(sortTitle('anatomy of a murder')).toBe('anatomy of a murder');
    expect(sortTitle('13th')).toBe('13th');
  });

  it('gives in SQL what it gives in JavaScript, for any folded title', () => {
    const { db } = freshDatabase();
    const filed = db.$client.prepare(
      db
        .select({ filed: sql<string>`${sortTitleSql(films.titleFolded)}` })
        .from(films)
        .where(sql`${films.id} = ?`)
        .toSQL().sql,
    );
    const insert = db.$client.prepare(`insert into films (slug, title, title_folded) values (?, ?, ?)`);
    const article = fc.constantFrom('', 'the ', 'a ', 'an ', 'the', 'a', 'an');
    fc.assert(
      fc.property(article, fc.string({ maxLength: 12 }), (start, rest) => {
        const folded = foldText(start + rest) || 'x';
        const { lastInsertRowid } = insert.run(`t-${Math.random()}`, folded, folded);
        expect(filed.pluck().get(lastInsertRowid)).toBe(sortTitle(folded));
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
