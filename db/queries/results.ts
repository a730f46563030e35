// Ceremony night: the writes an editor makes as the results are read out. Mark a winner (several in a
// category are a tie), undo it, close a category (every nominee still nominated loses) and reopen it.
// Each status change goes through changeStatus, so the rules, the history and the audit are the ones
// every other change follows; this module adds what the night needs on top: one transaction per click
// (a category closes whole or not at all), the state the editor saw (a stale click is refused with
// what the nomination or category is now, never applied over someone else's result), and a note that
// says who entered the result.
import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { daysBetween } from '../rules/edition-phase';
import {
  auditLog,
  categories,
  editions,
  nominations,
  type Category,
  type Nomination,
  type NominationStatus,
} from '../schema';
import { recordAudit } from './audit';
import { changeStatus, StatusChangeError } from './nominations';
import {
  categoryAsSeen,
  describeNomination,
  nominationAsSeen,
  type CategoryClick,
  type NominationClick,
} from './results-seen';
import { statusBeforeWinSql } from './results-sheet';

export type { CategoryClick, NominationClick, ResultsEditor } from './results-seen';

/**
 * Marks a nominee as a winner of its category; other winners stay (a tie), provided the editor saw them:
 * with the category as the editor saw it, a winner someone else marked meanwhile refuses the click.
 */
export function markWinner(db: Executor, click: NominationClick): { nomination: Nomination; tiedWith: Nomination[] } {
  return writeTransaction(db, (tx) => {
    const current = nominationAsSeen(tx, click);
    if (click.expectedCategoryState !== undefined) {
      categoryAsSeen(tx, { ...click, categoryId: current.categoryId, expectedState: click.expectedCategoryState });
    }
    const nomination = changeStatus(tx, {
      nominationId: current.id,
      to: 'won',
      expectedVersion: click.expectedVersion,
      actor: click.actor,
      note: `Result entered on ceremony night.`,
      occurredOn: ceremonyDayOf(tx, current.categoryId),
    });
    const tiedWith = tx
      .select()
      .from(nominations)
      .where(
        and(
          eq(nominations.categoryId, current.categoryId),
          eq(nominations.status, 'won'),
          ne(nominations.id, current.id),
        ),
      )
      .orderBy(asc(nominations.position), asc(nominations.id))
      .all();
    return { nomination, tiedWith };
  });
}

/**
 * Takes a win back (a misread envelope, a wrong click): the nominee goes back to the status it had before
 * the win (nominated, or shortlisted at an award without nominations). A win recorded from the start
 * (an honorary award, a festival that announced only its winner) has no status to go back to, and undoing
 * it here would record one no source gave.
 */
export function undoWinner(db: Executor, click: NominationClick): Nomination {
  return writeTransaction(db, (tx) => {
    const current = nominationAsSeen(tx, click);
    if (current.status !== 'won') {
      throw new StatusChangeError(`${describeNomination(tx, current)} is not a winner, so there is nothing to undo.`);
    }
    const before = statusBeforeWin(tx, current.id);
    if (!before) {
      throw new StatusChangeError(
        `${describeNomination(tx, current)} was recorded as a winner from the start, so there is no earlier ` +
          'status to go back to. Change its status on its nomination page, with a source.',
      );
    }
    return changeStatus(tx, {
      nominationId: current.id,
      to: before,
      expectedVersion: click.expectedVersion,
      actor: click.actor,
      note: `Result undone on ceremony night.`,
    });
  });
}

/** The status the nomination had before its latest win, or null when it started as a winner. */
function statusBeforeWin(tx: Executor, nominationId: number): NominationStatus | null {
  return tx.get<{ status: NominationStatus | null }>(sql`select ${statusBeforeWinSql(sql`${nominationId}`)} as status`)!
    .status;
}

/**
 * Closes a category whose winner is entered: every nominee still nominated becomes lost, and the
 * category is marked closed. All in one transaction: if one change is refused, nothing is written.
 */
export function closeCategory(db: Executor, click: CategoryClick): { category: string; lost: number } {
  return writeTransaction(db, (tx) => {
    const { category, rows } = categoryAsSeen(tx, click);
    if (category.closedAt) throw new StatusChangeError(`${category.name} is already closed.`);
    if (!rows.some((row) => row.status === 'won')) {
      throw new StatusChangeError(`${category.name} has no winner yet: mark the winner before closing the category.`);
    }
    const lost = closeInTransaction(
      tx,
      category,
      rows,
      click.actor,
      'Category closed on ceremony night: not among the winners.',
    );
    return { category: category.name, lost };
  });
}

/** What declaring an edition's results complete closed: categories, and nominees that became lost. */
export interface ClosedByCompletion {
  categories: number;
  lost: number;
}

/**
 * The edition's open categories with nominees still nominated and no winner: its results are not complete
 * while one is (a category given to nobody is closed on the results screen first).
 */
export function listUndecidedCategories(tx: Executor, editionId: number): string[] {
  return tx
    .select({ name: categories.name })
    .from(categories)
    .where(
      and(
        eq(categories.editionId, editionId),
        isNull(categories.closedAt),
        sql`exists (select 1 from ${nominations} n where n.category_id = ${categories.id} and n.status = 'nominated')`,
        sql`not exists (select 1 from ${nominations} n where n.category_id = ${categories.id} and n.status = 'won')`,
      ),
    )
    .orderBy(asc(categories.position), asc(categories.id))
    .all()
    .map((row) => row.name);
}

/**
 * When an edition's results are declared complete, every open category of it that has a winner is
 * closed as on ceremony night (its other nominees become lost). None with nominees is left without one
 * (edition-edits.ts refuses that first); one nobody is nominated in stays open.
 * Runs inside the caller's transaction.
 */
export function closeDecidedCategories(tx: Executor, editionId: number, actor: string): ClosedByCompletion {
  const closed: ClosedByCompletion = { categories: 0, lost: 0 };
  const open = tx
    .select()
    .from(categories)
    .where(and(eq(categories.editionId, editionId), isNull(categories.closedAt)))
    .all();
  for (const category of open) {
    const rows = tx.select().from(nominations).where(eq(nominations.categoryId, category.id)).all();
    if (!rows.some((row) => row.status === 'won')) continue;
    closed.categories++;
    closed.lost += closeInTransaction(tx, category, rows, actor, 'Edition results complete: not among the winners.');
  }
  return closed;
}

/** Turns the category's nominees still nominated to lost and marks it closed; the audit entry lets reopen undo it. */
function closeInTransaction(tx: Executor, category: Category, rows: Nomination[], actor: string, note: string): number {
  const occurredOn = ceremonyDayOf(tx, category.id);
  const lost = rows
    .filter((row) => row.status === 'nominated')
    .map((row) =>
      changeStatus(tx, { nominationId: row.id, to: 'lost', expectedVersion: row.version, actor, note, occurredOn }),
    );
  const closedAt = new Date().toISOString();
  tx.update(categories).set({ closedAt }).where(eq(categories.id, category.id)).run();
  // The nominees this close made lost, at the version it left them: reopening undoes exactly these.
  const closedLosers: ClosedLoser[] = lost.map((row) => ({ nominationId: row.id, version: row.version }));
  recordAudit(tx, {
    actor,
    action: 'category.close',
    entityType: 'category',
    entityId: category.id,
    before: { closedAt: null },
    after: { closedAt, lost: closedLosers },
  });
  return lost.length;
}

/**
 * Reopens a closed category: the nominees its last close made lost are nominated again, unless they
 * have changed since (then they are left as they are), and the category is open for results. An
 * edition marked "results complete" is no longer: one of its categories is undecided again.
 */
export function reopenCategory(
  db: Executor,
  click: CategoryClick,
): { category: string; reopened: number; editionReopened: boolean } {
  return writeTransaction(db, (tx) => {
    const { category, rows } = categoryAsSeen(tx, click);
    if (!category.closedAt) throw new StatusChangeError(`${category.name} is not closed.`);
    const untouched = lastClosedLosers(tx, category.id).filter((loser) =>
      rows.some((row) => row.id === loser.nominationId && row.version === loser.version && row.status === 'lost'),
    );
    for (const loser of untouched) {
      changeStatus(tx, {
        nominationId: loser.nominationId,
        to: 'nominated',
        expectedVersion: loser.version,
        actor: click.actor,
        note: `Category reopened: the close that made this nominee lost was undone.`,
      });
    }
    tx.update(categories).set({ closedAt: null }).where(eq(categories.id, category.id)).run();
    recordAudit(tx, {
      actor: click.actor,
      action: 'category.reopen',
      entityType: 'category',
      entityId: category.id,
      before: { closedAt: category.closedAt },
      after: { closedAt: null, nominated: untouched.map((loser) => loser.nominationId) },
    });
    const editionReopened = markResultsIncomplete(tx, category.editionId, click.actor);
    return { category: category.name, reopened: untouched.length, editionReopened };
  });
}

/** Clears an edition's "results complete" (audited, its version moved on); false when it was not set. */
function markResultsIncomplete(tx: Executor, editionId: number, actor: string): boolean {
  const edition = tx.select().from(editions).where(eq(editions.id, editionId)).get();
  if (!edition?.resultsComplete) return false;
  const version = edition.version + 1;
  tx.update(editions).set({ resultsComplete: false, version }).where(eq(editions.id, editionId)).run();
  recordAudit(tx, {
    actor,
    action: 'edition.update',
    entityType: 'edition',
    entityId: editionId,
    before: { resultsComplete: true, version: edition.version },
    after: { resultsComplete: false, version },
  });
  return true;
}

/**
 * The day a result entered now happened: its edition's ceremony, once that day has come (a day's grace
 * for a ceremony held where the date is already tomorrow in UTC). Without a recorded ceremony date the
 * result has no date: it is never guessed from the day it was typed in.
 */
function ceremonyDayOf(tx: Executor, categoryId: number): string | null {
  const row = tx
    .select({ day: editions.ceremonyDate })
    .from(categories)
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .where(eq(categories.id, categoryId))
    .get();
  const today = new Date().toISOString().slice(0, 10);
  return row?.day && daysBetween(today, row.day) <= 1 ? row.day : null;
}

interface ClosedLoser {
  nominationId: number;
  version: number;
}

/** The nominees the category's latest close made lost, as its audit entry recorded them. */
function lastClosedLosers(tx: Executor, categoryId: number): ClosedLoser[] {
  const entry = tx
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'category'),
        eq(auditLog.entityId, categoryId),
        eq(auditLog.action, 'category.close'),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  const lost = (entry?.after as { lost?: unknown } | null | undefined)?.lost;
  return Array.isArray(lost) ? lost.filter(isClosedLoser) : [];
}

function isClosedLoser(value: unknown): value is ClosedLoser {
  const loser = value as Partial<ClosedLoser> | null;
  return typeof loser?.nominationId === 'number' && typeof loser.version === 'number';
}
