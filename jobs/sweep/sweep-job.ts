// The sweep job. Schedule: hourly at minute 7 (SWEEP_SCHEDULE; the scheduler ticks every minute and
// asks isSweepDue). Reads: the categories of editions whose results are not complete, and flagged ones,
// with their edition's ceremony date, whether the category is closed and whether it has a winner.
// Writes: categories' awaiting_results_since — set when the ceremony day is over and no winner is
// recorded (and the results are not declared final), cleared once that stops being true — with an
// audit entry for each change, all in one write transaction. A second run with nothing new changes
// nothing, so it does not invalidate the public page cache for no reason. The category's version is not
// bumped: the flag is not something an editor edits, and bumping it would refuse their concurrent edits
// for nothing.
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { writeTransaction, type Db, type Executor } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { categories, editions, nominations } from '@/db/schema';
import type { JobContext } from '../runner/job-types';
import { isDueOncePerSlot } from '../runner/slot-due';

export const SWEEP_SCHEDULE = '7 * * * *';

export interface SweepCounts {
  [key: string]: number;
  checked: number;
  flagged: number;
  cleared: number;
  awaiting: number;
}

/**
 * The categories a sweep may change, with whether each should be flagged today: those of editions with a
 * ceremony date whose results are not declared complete (they may need the flag), and those flagged now
 * (they may need it cleared). Any other category can be neither, so the categories of finished editions,
 * nearly all of them in a long history, are never read: at 1,000,000 nominations this took the sweep, and
 * the write lock it holds, from 1.5 s to milliseconds.
 */
function categoryStates(tx: Executor, today: string) {
  const hasWinner = sql<number>`exists (select 1 from ${nominations}
    where ${nominations.categoryId} = ${categories.id} and ${nominations.status} = 'won')`;
  const states = (where: SQL) =>
    tx
      .select({
        id: categories.id,
        awaitingSince: categories.awaitingResultsSince,
        // The ceremony's day must be over (UTC): on the night itself results are still being entered.
        shouldAwait: sql<number>`(${editions.ceremonyDate} < ${today} and not ${hasWinner}
          and ${editions.resultsComplete} = 0 and ${categories.closedAt} is null)`,
      })
      .from(categories)
      .innerJoin(editions, eq(editions.id, categories.editionId))
      .where(where)
      .all();
  const open = states(and(eq(editions.resultsComplete, false), isNotNull(editions.ceremonyDate))!);
  const flagged = states(isNotNull(categories.awaitingResultsSince));
  return [...new Map([...open, ...flagged].map((state) => [state.id, state])).values()];
}

function setAwaiting(tx: Executor, id: number, before: string | null, after: string | null, actor: string) {
  tx.update(categories).set({ awaitingResultsSince: after }).where(eq(categories.id, id)).run();
  recordAudit(tx, {
    actor,
    action: after ? 'category.awaiting-results' : 'category.results-recorded',
    entityType: 'category',
    entityId: id,
    before: { awaitingResultsSince: before },
    after: { awaitingResultsSince: after },
  });
}

/** One sweep: flags and clears in a single transaction; returns what it counted. */
export function sweepAwaitingResults(db: Executor, now: Date, actor: string): SweepCounts {
  const today = now.toISOString().slice(0, 10);
  return writeTransaction(db, (tx) => {
    const counts: SweepCounts = { checked: 0, flagged: 0, cleared: 0, awaiting: 0 };
    for (const category of categoryStates(tx, today)) {
      counts.checked += 1;
      if (category.shouldAwait) {
        counts.awaiting += 1;
        if (category.awaitingSince) continue;
        setAwaiting(tx, category.id, null, now.toISOString(), actor);
        counts.flagged += 1;
      } else if (category.awaitingSince) {
        setAwaiting(tx, category.id, category.awaitingSince, null, actor);
        counts.cleared += 1;
      }
    }
    return counts;
  });
}

export async function runSweep(context: JobContext): Promise<SweepCounts> {
  return sweepAwaitingResults(context.db, context.now(), context.actor);
}

/** Due when no sweep has started since the latest hourly slot (a missed slot is caught up once). */
export function isSweepDue(db: Db, now: Date): boolean {
  return isDueOncePerSlot(db, 'sweep', SWEEP_SCHEDULE, now);
}
