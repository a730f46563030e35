// listLatestResults reads only a prefix of the wins (bounded by the date of the n-th newest dated win)
// when it can. Whatever the limit, it must return exactly the first rows of the full order: a bounded
// read that missed a win, or let one in out of order, would differ from the unbounded one.
import { describe, expect, it } from 'vitest';
import { listLatestResults } from '@/db/queries/awards';
import { freshDatabase } from '@/tests/helpers/db';

/** Editions with and without ceremony dates, on shared and distinct dates, wins dated and undated. */
function catalogueOfWins() {
  const { db } = freshDatabase();
  const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
  run(
    `insert into awards (id, slug, name, kind) values (1, 'test-a', 'Test A', 'festival'), (2, 'test-b', 'Test B', 'ceremony')`,
  );
  run(`insert into canonical_categories (id, award_id, slug, name, is_documentary)
       values (1, 1, 'doc', 'Doc', 1), (2, 1, 'drama', 'Drama', 0)`);
  let nominationId = 0;
  let categoryId = 0;
  for (let i = 0; i < 24; i++) {
    const award = (i % 2) + 1;
    const year = 2000 + Math.floor(i / 2);
    // Every third edition has no ceremony date; the others share a date in pairs.
    const ceremony = i % 3 === 0 ? null : `${year + 1}-0${(i % 4) + 1}-15`;
    const edition = i + 1;
    run(
      `insert into editions (id, award_id, slug, name, year, ceremony_date) values (?, ?, ?, ?, ?, ?)`,
      edition,
      award,
      `${year}-${i}`,
      `Edition ${i}`,
      year,
      ceremony,
    );
    for (let position = 0; position < 3; position++) {
      categoryId += 1;
      // Canonical: documentary, not documentary, or none (which counts as documentary).
      const canonical = award === 1 ? [1, 2, null][position] : null;
      run(
        `insert into categories (id, edition_id, canonical_category_id, slug, name, position) values (?, ?, ?, ?, ?, ?)`,
        categoryId,
        edition,
        canonical,
        `c${position}`,
        `Category ${position}`,
        2 - position,
      );
      for (let k = 0; k < 2; k++) {
        nominationId += 1;
        const won = (nominationId + i) % 3 !== 0;
        run(
          `insert into nominations (id, category_id, nominee_key, status) values (?, ?, ?, ?)`,
          nominationId,
          categoryId,
          `n${nominationId}`,
          won ? 'won' : 'lost',
        );
        // Some wins carry their own date (not always the ceremony's), some none.
        const occurred =
          nominationId % 4 === 0
            ? null
            : nominationId % 5 === 0
              ? `${year + 2}-06-0${(nominationId % 9) + 1}`
              : ceremony;
        run(
          `insert into status_events (nomination_id, from_status, to_status, occurred_on, note, actor)
           values (?, null, ?, ?, 'fixture', 'test')`,
          nominationId,
          won ? 'won' : 'lost',
          occurred,
        );
        // A win undone and entered again: two 'won' events for one nomination.
        if (won && nominationId % 7 === 0) {
          run(
            `insert into status_events (nomination_id, from_status, to_status, occurred_on, note, actor)
             values (?, 'won', 'won', ?, 'again', 'test')`,
            nominationId,
            occurred,
          );
        }
      }
    }
  }
  return db;
}

describe('the latest results, read through a bounded prefix', () => {
  it('returns the first rows of the full order for every limit', async () => {
    const db = catalogueOfWins();
    const everything = await listLatestResults(db, 10_000);
    expect(everything.length).toBeGreaterThan(40);
    expect(new Set(everything.map((row) => row.nominationId)).size).toBe(everything.length);
    for (const limit of [1, 2, 3, 5, 8, 10, 13, 20]) {
      const bounded = await listLatestResults(db, limit);
      expect(bounded.map((row) => row.eventId)).toEqual(everything.slice(0, limit).map((row) => row.eventId));
    }
  });
});
