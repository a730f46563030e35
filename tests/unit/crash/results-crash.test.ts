// Kills an editor's results entry (marking winners, closing and reopening categories through
// db/queries/results.ts, in a loop) with SIGKILL, then shows that wherever the kill landed every
// category is whole (closed with all its losers lost, or open with none), every status matches its
// history and audit, and the night can be finished afterwards.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { createNomination } from '@/db/queries/nominations';
import { freshDatabase } from '@/tests/helpers/db';
import { killHard, startChild } from './child-process';
import { integrity, statusChangesWithoutAudit, statusesWithoutHistory } from './invariants';

const CATEGORIES = 30;
const NOMINEES = 5;
const actor = 'test:crash-setup';

/** A fictional award night: CATEGORIES open categories of NOMINEES nominated nominees each. */
function setUpNight(db: Db): void {
  const award = ensureAward(db, { slug: 'crash-test-awards', name: 'Crash Test Awards', kind: 'ceremony' }, actor);
  const edition = ensureEdition(
    db,
    { awardId: award.id, slug: '2026', name: '2026 Crash Test Awards', year: 2026 },
    actor,
  );
  for (let c = 1; c <= CATEGORIES; c++) {
    const category = ensureCategory(db, { editionId: edition.id, name: `Test Category ${c}`, position: c }, actor);
    for (let n = 1; n <= NOMINEES; n++) {
      createNomination(db, {
        categoryId: category.id,
        filmIds: [],
        personIds: [],
        displayName: `Test Nominee ${c}.${n}`,
        position: n,
        status: 'nominated',
        reason: { actor, note: 'Test nominee.' },
      });
    }
  }
}

/** Categories that are not whole: closed without a winner or with a nominee still nominated, or open with a loser. */
function brokenCategories(db: Db): unknown[] {
  return db.$client
    .prepare(
      `select c.id, c.closed_at,
              sum(n.status = 'won') as won, sum(n.status = 'nominated') as nominated, sum(n.status = 'lost') as lost
         from categories c join nominations n on n.category_id = c.id
        group by c.id
       having (c.closed_at is not null and (won = 0 or nominated > 0))
           or (c.closed_at is null and lost > 0)`,
    )
    .all();
}

/** Categories whose close and reopen audit entries do not account for whether they are closed now. */
function closesWithoutAudit(db: Db): unknown[] {
  return db.$client
    .prepare(
      `select * from (
         select c.id, c.closed_at is not null as closed,
                (select count(*) from audit_log where entity_type = 'category' and entity_id = c.id
                                                 and action = 'category.close')
              - (select count(*) from audit_log where entity_type = 'category' and entity_id = c.id
                                                 and action = 'category.reopen') as net
           from categories c)
        where net <> closed`,
    )
    .all();
}

describe('results entry killed mid-night', () => {
  it('leaves every category whole and every status with its history; the night can be finished', async () => {
    const { db, file } = freshDatabase();
    setUpNight(db);

    const child = startChild(file, 'results-child.ts', 'loop');
    await child.line('writing');
    // A fixed pause into the loop: the kill lands somewhere among hundreds of transactions.
    await new Promise((resolve) => setTimeout(resolve, 700));
    await killHard(child);

    expect(integrity(db)).toBe('ok');
    const changes = db.$client.prepare(`select count(*) from audit_log where action = 'nomination.status'`).pluck();
    expect(changes.get()).toBeGreaterThan(0);
    expect(brokenCategories(db)).toEqual([]);
    expect(closesWithoutAudit(db)).toEqual([]);
    expect(statusesWithoutHistory(db)).toEqual([]);
    expect(statusChangesWithoutAudit(db)).toEqual([]);

    const finish = startChild(file, 'results-child.ts', 'finish');
    const finished = await finish.exited;
    expect(finished.stderr).toBe('');
    expect(finished.code).toBe(0);

    expect(integrity(db)).toBe('ok');
    const summary = db.$client
      .prepare(
        `select count(*) as categories, sum(closed_at is not null) as closed,
                (select count(*) from nominations where status = 'won') as won,
                (select count(*) from nominations where status = 'lost') as lost
           from categories`,
      )
      .get();
    expect(summary).toEqual({
      categories: CATEGORIES,
      closed: CATEGORIES,
      won: CATEGORIES,
      lost: CATEGORIES * (NOMINEES - 1),
    });
    expect(brokenCategories(db)).toEqual([]);
    expect(closesWithoutAudit(db)).toEqual([]);
    expect(statusesWithoutHistory(db)).toEqual([]);
    expect(statusChangesWithoutAudit(db)).toEqual([]);
  }, 120_000);
});
