// edition_status_counts is written only by the triggers of migration 0008: after every kind of write
// to nominations, categories and editions (including cascades), it must equal a count from scratch.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { changeStatus } from '@/db/queries/nominations';
import { freshDatabase } from '@/tests/helpers/db';
import { seedDashboardFixture } from './queries/dashboard-fixture';

type CountRow = { edition_id: number; status: string; nominations: number };

const kept = (db: Db) =>
  db.$client
    .prepare('select edition_id, status, nominations from edition_status_counts where nominations <> 0 order by 1, 2')
    .all() as CountRow[];

const counted = (db: Db) =>
  db.$client
    .prepare(
      `select c.edition_id, n.status, count(*) as nominations from nominations n
         join categories c on c.id = n.category_id group by 1, 2 order by 1, 2`,
    )
    .all() as CountRow[];

function catalogue() {
  const { db } = freshDatabase();
  const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
  run(`insert into awards (id, slug, name, kind) values (1, 'test-award', 'Test Award', 'festival')`);
  for (const [id, year] of [
    [1, 2020],
    [2, 2021],
  ]) {
    run(`insert into editions (id, award_id, slug, name, year) values (?, 1, ?, ?, ?)`, id, `${year}`, `${year}`, year);
  }
  for (const [id, edition] of [
    [1, 1],
    [2, 1],
    [3, 2],
  ]) {
    run(`insert into categories (id, edition_id, slug, name) values (?, ?, ?, ?)`, id, edition, `c${id}`, `C${id}`);
  }
  const nominate = (id: number, category: number, status: string) =>
    run(
      `insert into nominations (id, category_id, nominee_key, status) values (?, ?, ?, ?)`,
      id,
      category,
      `n${id}`,
      status,
    );
  nominate(1, 1, 'nominated');
  nominate(2, 1, 'won');
  nominate(3, 2, 'nominated');
  nominate(4, 3, 'shortlisted');
  return { db, run };
}

describe('edition_status_counts', () => {
  it('counts inserted nominations per edition and status', () => {
    const { db } = catalogue();
    expect(kept(db)).toEqual([
      { edition_id: 1, status: 'nominated', nominations: 2 },
      { edition_id: 1, status: 'won', nominations: 1 },
      { edition_id: 2, status: 'shortlisted', nominations: 1 },
    ]);
  });

  it('follows status changes, moves between categories and editions, and deletions', () => {
    const { db, run } = catalogue();
    const steps = [
      () => run(`update nominations set status = 'lost' where id = 1`),
      () => run(`update nominations set note = 'no count change' where id = 2`),
      () => run(`update nominations set category_id = 3 where id = 3`),
      () => run(`update nominations set category_id = 2, status = 'won' where id = 4`),
      () => run(`update categories set edition_id = 2 where id = 1`),
      () => run(`delete from nominations where id = 2`),
      () => run(`delete from categories where id = 2`), // its nominations go by ON DELETE CASCADE
      () => run(`delete from editions where id = 2`), // categories, then nominations, by cascade
    ];
    for (const step of steps) {
      step();
      expect(kept(db)).toEqual(counted(db));
    }
    expect(kept(db)).toEqual([]);
  });

  it('stays right through the application’s own writers (seed, createNomination, changeStatus)', () => {
    const { db } = freshDatabase();
    seedDashboardFixture(db);
    expect(kept(db).length).toBeGreaterThan(3);
    expect(kept(db)).toEqual(counted(db));
    const { id } = db.$client.prepare(`select id from nominations where status = 'nominated' limit 1`).get() as {
      id: number;
    };
    changeStatus(db, { nominationId: id, to: 'won', actor: 'test', note: 'test' });
    expect(kept(db)).toEqual(counted(db));
    expect(kept(db).some((row) => row.status === 'won')).toBe(true);
  });
});
