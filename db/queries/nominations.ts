// Nominations: creating them and changing their status. changeStatus is the one write path for a
// status: it asks db/rules/status.ts whether the change is allowed, updates the row, and appends the
// history event and the audit entry in one transaction, whoever asked (an admin, an importer, a job).
import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { checkTransition, pathTo } from '../rules/status';
import { nomineeKey } from '../rules/nominee-key';
import {
  nominationFilms,
  nominationPeople,
  nominations,
  statusEvents,
  type Nomination,
  type NominationStatus,
} from '../schema';
import { recordAudit } from './audit';

/** Why a status is believed: a source, an admin's note, or both. */
export interface StatusReason {
  actor: string;
  sourceId?: number | null;
  note?: string | null;
  /** When it happened in the world, if known (ISO date). */
  occurredOn?: string | null;
}

export class StatusChangeError extends Error {
  override name = 'StatusChangeError';
}

export interface StatusChange extends StatusReason {
  nominationId: number;
  to: NominationStatus;
  /** The version the caller saw; when given and stale, the change is refused (no lost updates). */
  expectedVersion?: number;
}

/** Moves a nomination to a new status, or throws StatusChangeError and changes nothing. */
export function changeStatus(db: Executor, change: StatusChange): Nomination {
  if (!change.sourceId && !change.note?.trim()) {
    throw new StatusChangeError('A status change needs a source or a note.');
  }
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(nominations).where(eq(nominations.id, change.nominationId)).get();
    if (!current) throw new StatusChangeError(`There is no nomination ${change.nominationId}.`);
    if (change.expectedVersion !== undefined && change.expectedVersion !== current.version) {
      throw new StatusChangeError('Someone else changed this nomination since you loaded it. Reload and try again.');
    }
    const check = checkTransition(current.status, change.to);
    if (!check.ok) throw new StatusChangeError(check.reason);
    const updated = tx
      .update(nominations)
      .set({ status: change.to, version: current.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(nominations.id, current.id))
      .returning()
      .get();
    insertEvent(tx, current.id, current.status, change.to, change);
    recordAudit(tx, {
      actor: change.actor,
      action: 'nomination.status',
      entityType: 'nomination',
      entityId: current.id,
      before: { status: current.status },
      after: { status: change.to, sourceId: change.sourceId ?? null, note: change.note ?? null },
    });
    return updated;
  });
}

function insertEvent(
  tx: Executor,
  nominationId: number,
  from: NominationStatus | null,
  to: NominationStatus,
  reason: StatusReason,
): void {
  tx.insert(statusEvents)
    .values({
      nominationId,
      fromStatus: from,
      toStatus: to,
      occurredOn: reason.occurredOn ?? null,
      sourceId: reason.sourceId ?? null,
      note: reason.note ?? null,
      actor: reason.actor,
    })
    .run();
}

export interface NewNomination {
  categoryId: number;
  filmIds: readonly number[];
  personIds: readonly number[];
  displayName?: string | null;
  detail?: string | null;
  note?: string | null;
  citation?: string | null;
  position?: number;
  /** See NomineeIdentity.occurrence: the second of two same-named nominees in a category is 2. */
  occurrence?: number | null;
  /**
   * The status it has now. Its history is recorded along the usual path (a loser was first nominated),
   * each step with the same reason; `steps` overrides the path with one reason per step.
   */
  status: NominationStatus;
  reason: StatusReason;
  steps?: { status: NominationStatus; reason: StatusReason }[];
}

export type HistoryStep = { status: NominationStatus; reason: StatusReason };

/** The history a new nomination is written with (the usual path, or the given steps), or StatusChangeError. */
export function historyOf(input: Pick<NewNomination, 'status' | 'reason' | 'steps'>): HistoryStep[] {
  const steps = input.steps ?? pathTo(input.status).map((status) => ({ status, reason: input.reason }));
  let previous: NominationStatus | null = null;
  for (const step of steps) {
    const check = checkTransition(previous, step.status);
    if (!check.ok) throw new StatusChangeError(check.reason);
    if (!step.reason.sourceId && !step.reason.note?.trim()) {
      throw new StatusChangeError('A status needs a source or a note.');
    }
    previous = step.status;
  }
  if (previous !== input.status) throw new StatusChangeError('The history does not end at the status given.');
  return steps;
}

export type CreateResult = { created: true; nomination: Nomination } | { created: false; nomination: Nomination };

/**
 * Creates a nomination with its films, people and status history, or returns the one that already
 * holds this nominee in this category (creating nothing).
 */
export function createNomination(db: Executor, input: NewNomination): CreateResult {
  const key = nomineeKey(input);
  return writeTransaction(db, (tx) => {
    const existing = tx
      .select()
      .from(nominations)
      .where(and(eq(nominations.categoryId, input.categoryId), eq(nominations.nomineeKey, key)))
      .get();
    if (existing) return { created: false, nomination: existing };

    const steps = historyOf(input);

    const nomination = tx
      .insert(nominations)
      .values({
        categoryId: input.categoryId,
        nomineeKey: key,
        status: input.status,
        displayName: input.displayName ?? null,
        detail: input.detail ?? null,
        note: input.note ?? null,
        citation: input.citation ?? null,
        position: input.position ?? 0,
      })
      .returning()
      .get();
    input.filmIds.forEach((filmId, position) =>
      tx.insert(nominationFilms).values({ nominationId: nomination.id, filmId, position }).run(),
    );
    input.personIds.forEach((personId, position) =>
      tx.insert(nominationPeople).values({ nominationId: nomination.id, personId, position }).run(),
    );
    let from: NominationStatus | null = null;
    for (const step of steps) {
      insertEvent(tx, nomination.id, from, step.status, step.reason);
      from = step.status;
    }
    recordAudit(tx, {
      actor: input.reason.actor,
      action: 'nomination.create',
      entityType: 'nomination',
      entityId: nomination.id,
      after: { categoryId: input.categoryId, nomineeKey: key, status: input.status },
    });
    return { created: true, nomination };
  });
}
