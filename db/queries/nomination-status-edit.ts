// A status change made on a nomination's edit page: the editor's source (a URL, reused when already
// known, with an optional title and publisher) or note, then changeStatus, in one transaction, so a
// refused change leaves no orphan source behind, nor one dated before the history it follows.
// changeStatus stays the one path that sets a status.
import { writeTransaction, type Executor } from '../client';
import { asc, eq } from 'drizzle-orm';
import { STATUS_LABELS } from '../rules/status';
import { categories, nominations, statusEvents, type Nomination, type NominationStatus } from '../schema';
import { changeStatus, StatusChangeError } from './nominations';
import { ensureSource } from './sources';

export interface StatusEdit {
  nominationId: number;
  expectedVersion: number;
  to: NominationStatus;
  occurredOn: string | null;
  note: string | null;
  source: { url: string; title: string | null; publisher: string | null } | null;
  actor: string;
}

export function changeStatusFromEditor(db: Executor, edit: StatusEdit): Nomination {
  return writeTransaction(db, (tx) => {
    checkEditorChange(tx, edit.nominationId, edit.occurredOn);
    const sourceId = edit.source ? ensureSource(tx, { kind: 'article', ...edit.source }, edit.actor).id : null;
    return changeStatus(tx, {
      nominationId: edit.nominationId,
      to: edit.to,
      expectedVersion: edit.expectedVersion,
      actor: edit.actor,
      sourceId,
      note: edit.note,
      occurredOn: edit.occurredOn,
    });
  });
}

/**
 * What an editor's status change must respect beyond the status rules, wherever it is made (the status
 * form, a pasted list moving a nominee on, a CSV import, the review queue): an open category, and a date
 * not before the history's. Why the change is refused, or null.
 */
export function editorRefusal(tx: Executor, nominationId: number, occurredOn: string | null): string | null {
  const nomination = tx
    .select({ categoryId: nominations.categoryId })
    .from(nominations)
    .where(eq(nominations.id, nominationId))
    .get();
  if (!nomination) return null;
  return (
    closedCategoryRefusal(tx, nomination.categoryId) ??
    (occurredOn ? earlierDateRefusal(tx, nominationId, occurredOn) : null)
  );
}

/** editorRefusal, thrown: for a caller that stops on it. */
export function checkEditorChange(tx: Executor, nominationId: number, occurredOn: string | null): void {
  const refusal = editorRefusal(tx, nominationId, occurredOn);
  if (refusal) throw new StatusChangeError(refusal);
}

/** Why nothing may change in a closed category: its results are final until someone reopens it. */
export const closedCategoryReason = (categoryName: string) =>
  `${categoryName} is closed, so its results are final: reopen it on the results screen to change them.`;

/** Why a new nominee may not join this category (it is closed), or null. */
export function closedCategoryRefusal(tx: Executor, categoryId: number): string | null {
  const category = tx
    .select({ name: categories.name, closedAt: categories.closedAt })
    .from(categories)
    .where(eq(categories.id, categoryId))
    .get();
  return category?.closedAt ? closedCategoryReason(category.name) : null;
}

/**
 * A change cannot have happened before the latest dated change of the nomination (a win dated before
 * its nomination): the history would read backwards. Only the changes still in effect count: a move
 * back to a status the nomination held before (undoing a winner, reopening a category) takes back the
 * changes since, dates and all. The editor checks the date, or leaves it empty.
 */
function earlierDateRefusal(tx: Executor, nominationId: number, occurredOn: string): string | null {
  const history = tx
    .select({ status: statusEvents.toStatus, on: statusEvents.occurredOn })
    .from(statusEvents)
    .where(eq(statusEvents.nominationId, nominationId))
    .orderBy(asc(statusEvents.id))
    .all();
  const inEffect: typeof history = [];
  for (const event of history) {
    // The latest time it held the status: a return dated in between (reinstated, then won) still stands.
    const returnsTo = inEffect.findLastIndex((earlier) => earlier.status === event.status);
    if (returnsTo !== -1) inEffect.length = returnsTo + 1;
    if (returnsTo === -1 || event.on) inEffect.push(event);
  }
  const latest = inEffect
    .filter((event) => event.on !== null)
    .reduce<(typeof history)[number] | undefined>(
      (max, event) => (!max || event.on! > max.on! ? event : max),
      undefined,
    );
  if (!latest?.on || occurredOn >= latest.on) return null;
  return (
    `This nomination was already ${STATUS_LABELS[latest.status].toLowerCase()} on ${latest.on}, so a change ` +
    `cannot be dated ${occurredOn}, before it. Check the date, or leave it empty if it is not known.`
  );
}
