// A status change made on a nomination's edit page: the editor's source (a URL, reused when already
// known, with an optional title and publisher) or note, then changeStatus, in one transaction, so a
// refused change leaves no orphan source behind, nor one dated before the history it follows.
// changeStatus stays the one path that sets a status.
import { writeTransaction, type Executor } from '../client';
import { asc, eq } from 'drizzle-orm';
import { earliestEditionDay } from '../rules/edition-phase';
import { STATUS_LABELS } from '../rules/status';
import { categories, editions, nominations, statusEvents, type Nomination, type NominationStatus } from '../schema';
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
    checkEditorChange(tx, edit.nominationId, { to: edit.to, occurredOn: edit.occurredOn });
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

/** A status change as an editor makes it: the status it moves to, on the day it happened if known. */
export interface EditorChange {
  to: NominationStatus;
  occurredOn: string | null;
}

/**
 * What an editor's status change must respect beyond the status rules, wherever it is made (the status
 * form, a pasted list moving a nominee on, a CSV import, the review queue): an open category, a date not
 * before the history's, nor before the edition announced what the status says. Why it is refused, or null.
 */
export function editorRefusal(tx: Executor, nominationId: number, change: EditorChange): string | null {
  const nomination = tx
    .select({ categoryId: nominations.categoryId })
    .from(nominations)
    .where(eq(nominations.id, nominationId))
    .get();
  if (!nomination) return null;
  const { occurredOn } = change;
  return (
    closedCategoryRefusal(tx, nomination.categoryId) ??
    (occurredOn
      ? (earlierDateRefusal(tx, nominationId, occurredOn) ??
        beforeAnnouncementRefusal(tx, nomination.categoryId, { to: change.to, occurredOn }))
      : null)
  );
}

/** editorRefusal, thrown: for a caller that stops on it. */
export function checkEditorChange(tx: Executor, nominationId: number, change: EditorChange): void {
  const refusal = editorRefusal(tx, nominationId, change);
  if (refusal) throw new StatusChangeError(refusal);
}

/** The statuses an edition's announcement of its nominations (or its shortlist) comes before. */
const AFTER_NOMINATIONS: readonly NominationStatus[] = ['nominated', 'won', 'lost', 'runner_up', 'honorable_mention'];

/**
 * A nominee is nominated (or wins, or loses) no earlier than the day its edition announced the
 * nominations, and is shortlisted no earlier than the shortlist: a win dated a month before the
 * nominations is a typing mistake, in the date or in the edition's dates. Where the edition has no such
 * date, no change comes before the year before its awards year.
 */
export function beforeAnnouncementRefusal(
  tx: Executor,
  categoryId: number,
  change: { to: NominationStatus; occurredOn: string },
): string | null {
  const edition = tx
    .select({
      name: editions.name,
      year: editions.year,
      nominationsDate: editions.nominationsDate,
      shortlistDate: editions.shortlistDate,
    })
    .from(categories)
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .where(eq(categories.id, categoryId))
    .get();
  if (!edition) return null;
  const [announced, what] = AFTER_NOMINATIONS.includes(change.to)
    ? [edition.nominationsDate, 'nominations']
    : change.to === 'shortlisted'
      ? [edition.shortlistDate, 'shortlist']
      : [null, ''];
  // Without the day, the year still bounds it (earliestEditionDay says why).
  const earliest = earliestEditionDay(edition.year);
  if (!announced && change.occurredOn < earliest) {
    return (
      `The ${edition.name} is of the awards year ${edition.year}, so a change to ` +
      `${STATUS_LABELS[change.to].toLowerCase()} cannot be dated ${change.occurredOn}, more than a year before it. ` +
      `Check the date, or the edition's year.`
    );
  }
  if (!announced || change.occurredOn >= announced) return null;
  return (
    `The ${edition.name} announced the ${what} on ${announced}, so a change to ` +
    `${STATUS_LABELS[change.to].toLowerCase()} cannot be dated ${change.occurredOn}, before that. ` +
    `Check the date, or the edition's dates.`
  );
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
