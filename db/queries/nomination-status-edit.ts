// A status change made on a nomination's edit page: the editor's source (a URL, reused when already
// known, with an optional title and publisher) or note, then changeStatus, in one transaction, so a
// refused change leaves no orphan source behind. changeStatus stays the one path that sets a status.
import { writeTransaction, type Executor } from '../client';
import type { Nomination, NominationStatus } from '../schema';
import { changeStatus } from './nominations';
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
    const sourceId = edit.source ? ensureSource(tx, { kind: 'article', ...edit.source }).id : null;
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
