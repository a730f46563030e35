// Deleting a nomination recorded by mistake (a duplicate, a wrong category), which marking it withdrawn
// would only misstate. Its links and status history go with it (the schema cascades, and the dashboard's
// counts follow by trigger); what it was, with its films, people and every status event, is kept whole in
// the audit entry, the one place a deleted fact survives. A candidate ingestion had applied to it keeps
// its record, pointing nowhere.
import { asc, eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { candidates, nominationFilms, nominationPeople, nominations, statusEvents } from '../schema';
import { recordAudit } from './audit';
import { StatusChangeError } from './nominations';
import { describeNomination } from './results-seen';

export interface NominationDeletion {
  nominationId: number;
  /** The version on the editor's screen: a nomination changed since is not deleted unseen. */
  expectedVersion: number;
  actor: string;
}

/**
 * Deletes the nomination and returns how it was named and its audit entry's id (which the page the deletion
 * leads to reads its message from), or throws StatusChangeError having deleted nothing.
 */
export function deleteNomination(db: Executor, deletion: NominationDeletion): { label: string; auditId: number } {
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(nominations).where(eq(nominations.id, deletion.nominationId)).get();
    if (!current) throw new StatusChangeError('This nomination no longer exists: someone else deleted it.');
    const label = describeNomination(tx, current);
    if (current.version !== deletion.expectedVersion) {
      throw new StatusChangeError(
        `Someone else changed ${label} since you opened it, so it was not deleted. Check it on the page as it is now.`,
      );
    }
    const of = <T extends typeof nominationFilms | typeof nominationPeople>(table: T) =>
      tx.select().from(table).where(eq(table.nominationId, current.id)).orderBy(asc(table.position)).all();
    const before = {
      ...current,
      label,
      films: of(nominationFilms).map((link) => link.filmId),
      people: of(nominationPeople).map((link) => link.personId),
      events: tx
        .select()
        .from(statusEvents)
        .where(eq(statusEvents.nominationId, current.id))
        .orderBy(asc(statusEvents.id))
        .all(),
    };
    tx.update(candidates).set({ nominationId: null }).where(eq(candidates.nominationId, current.id)).run();
    tx.delete(nominations).where(eq(nominations.id, current.id)).run();
    const auditId = recordAudit(tx, {
      actor: deletion.actor,
      action: 'nomination.delete',
      entityType: 'nomination',
      entityId: current.id,
      before,
    });
    return { label, auditId };
  });
}
