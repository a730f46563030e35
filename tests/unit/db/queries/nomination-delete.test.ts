// Deleting a nomination recorded by mistake: it goes with its links and history, the dashboard's counts
// follow, the audit entry keeps all of it, and a nomination changed since the page was drawn stays.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deleteNomination } from '@/db/queries/nomination-delete';
import { deletedRecordName } from '@/db/queries/record-delete';
import { StatusChangeError } from '@/db/queries/nominations';
import { auditLog, editionStatusCounts, nominationFilms, nominations, statusEvents } from '@/db/schema';
import { freshDatabase } from '../../../helpers/db';
import { seedVideoSourceCategory } from '../../../helpers/video-source-category';

function setup() {
  const { db } = freshDatabase();
  return { db, ...seedVideoSourceCategory(db) };
}

describe('deleteNomination', () => {
  it('deletes it with its links and history, keeps the rest, and records everything it was', () => {
    const { db, edition, thirteenth, lovers } = setup();
    const counted = () =>
      db.select().from(editionStatusCounts).where(eq(editionStatusCounts.editionId, edition.id)).get()?.nominations;
    const before = counted();
    const films = db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, lovers.id)).all();

    const deleted = deleteNomination(db, { nominationId: lovers.id, expectedVersion: lovers.version, actor: 'user:1' });
    expect(deleted).toEqual({ label: 'The Lovers and the Despot', auditId: expect.any(Number) });

    expect(db.select().from(nominations).where(eq(nominations.id, lovers.id)).all()).toEqual([]);
    expect(db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, lovers.id)).all()).toEqual([]);
    expect(db.select().from(statusEvents).where(eq(statusEvents.nominationId, lovers.id)).all()).toEqual([]);
    expect(db.select().from(nominations).where(eq(nominations.id, thirteenth.id)).all()).toHaveLength(1);
    expect(counted()).toBe(before! - 1);
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'nomination.delete')).get()!;
    expect(entry).toMatchObject({ actor: 'user:1', entityType: 'nomination', entityId: lovers.id });
    expect(entry.before).toMatchObject({
      id: lovers.id,
      status: 'nominated',
      films: films.map((link) => link.filmId),
      people: [],
      events: [expect.objectContaining({ toStatus: 'nominated' })],
    });
    // The results page the deletion leads to names the nomination from this entry, as the address gives it.
    expect(deleted.auditId).toBe(entry.id);
    expect(deletedRecordName(db, entry.id, { actor: 'user:1', now: new Date() })).toBe('The Lovers and the Despot');
  });

  it('keeps a nomination changed since the page was drawn, or already gone, and says why', () => {
    const { db, lovers } = setup();
    const stale = { nominationId: lovers.id, expectedVersion: lovers.version + 1, actor: 'user:1' };
    expect(() => deleteNomination(db, stale)).toThrow(
      new StatusChangeError(
        'Someone else changed The Lovers and the Despot since you opened it, so it was not deleted. ' +
          'Check it on the page as it is now.',
      ),
    );
    expect(db.select().from(nominations).where(eq(nominations.id, lovers.id)).all()).toHaveLength(1);
    deleteNomination(db, { ...stale, expectedVersion: lovers.version });
    expect(() => deleteNomination(db, { ...stale, expectedVersion: lovers.version })).toThrow(
      'This nomination no longer exists: someone else deleted it.',
    );
  });
});
