// A source's page lists the events it reports itself and those it is cited for, newest first, paged,
// with the total: each way is read through its own index, so the pages must still interleave them
// exactly and count an event that is both only once.
import { describe, expect, it } from 'vitest';
import { LISTED_STATUS_COUNT_LIMIT, listSources, listStatusesForSource } from '@/db/queries/sources';
import { freshDatabase } from '@/tests/helpers/db';

function catalogue() {
  const { db } = freshDatabase();
  const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
  run(`insert into sources (id, kind, title) values (1, 'dataset', 'Test Source'), (2, 'article', 'Other Source')`);
  run(`insert into awards (id, slug, name, kind) values (1, 'test-award', 'Test Award', 'festival')`);
  run(`insert into editions (id, award_id, slug, name, year) values (1, 1, '2020', '2020', 2020)`);
  run(`insert into categories (id, edition_id, slug, name) values (1, 1, 'c', 'C')`);
  const expected: number[] = [];
  for (let id = 1; id <= 23; id++) {
    run(`insert into nominations (id, category_id, nominee_key, status) values (?, 1, ?, 'nominated')`, id, `n${id}`);
    // Events by the source, by the other source and cited by this one, or by the other source alone.
    const own = id % 3 === 0;
    run(
      `insert into status_events (id, nomination_id, to_status, source_id, actor) values (?, ?, 'nominated', ?, 'test')`,
      id,
      id,
      own ? 1 : 2,
    );
    const cited = id % 3 === 1 || id % 6 === 0; // every sixth is both its own and cited by it
    if (cited) run(`insert into event_citations (status_event_id, source_id, actor) values (?, 1, 'test')`, id);
    if (own || cited) expected.push(id);
  }
  return { db, expected: expected.reverse() };
}

describe('the statuses a source supports', () => {
  it('pages through its own events and its citations together, newest first, each event once', async () => {
    const { db, expected } = catalogue();
    const seen: number[] = [];
    for (let offset = 0; offset < expected.length + 4; offset += 4) {
      const { total, rows } = await listStatusesForSource(db, 1, { limit: 4, offset });
      expect(total).toBe(expected.length);
      seen.push(...rows.map((row) => row.eventId));
    }
    expect(seen).toEqual(expected);
  });

  it('says which events it confirms rather than reports', async () => {
    const { db } = catalogue();
    const { rows } = await listStatusesForSource(db, 1, { limit: 50, offset: 0 });
    expect(rows.find((row) => row.eventId === 4)?.confirms).toBe(true);
    expect(rows.find((row) => row.eventId === 6)?.confirms).toBe(false);
  });
});

describe('the list of sources', () => {
  it('lists every source, the latest first, with the statuses each supports counted as its page counts them', async () => {
    const { db, expected } = catalogue();
    const { total, rows } = await listSources(db, { limit: 10, offset: 0 });
    expect(total).toBe(2);
    expect(rows.map((row) => [row.id, row.title])).toEqual([
      [2, 'Other Source'],
      [1, 'Test Source'],
    ]);
    const counted = rows.find((row) => row.id === 1)!.statuses;
    expect(counted).toBe(expected.length);
    expect(counted).toBe((await listStatusesForSource(db, 1, { limit: 1, offset: 0 })).total);
    expect((await listSources(db, { limit: 1, offset: 1 })).rows.map((row) => row.id)).toEqual([1]);
  });

  it('counts a source supporting more than the list counts as just past the limit', async () => {
    const { db } = catalogue();
    const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
    for (let id = 100; id < 100 + LISTED_STATUS_COUNT_LIMIT + 5; id++) {
      run(`insert into nominations (id, category_id, nominee_key, status) values (?, 1, ?, 'nominated')`, id, `m${id}`);
      run(
        `insert into status_events (nomination_id, to_status, source_id, actor) values (?, 'nominated', 2, 'test')`,
        id,
      );
    }
    const other = (await listSources(db, { limit: 10, offset: 0 })).rows.find((row) => row.id === 2)!;
    expect(other.statuses).toBe(LISTED_STATUS_COUNT_LIMIT + 1);
  });
});
