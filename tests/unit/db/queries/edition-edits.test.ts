// Editing an edition's details: a save changes only what differs and bumps the version, records before and
// after in the audit log, and a stale or invalid save is refused with the reason, having written nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ConflictError, updateEdition, ValidationError } from '@/db/queries/edition-edits';
import { createNomination } from '@/db/queries/nominations';
import { auditLog, categories, editions, nominations } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

function setup() {
  const { db } = freshDatabase();
  const award = ensureAward(db, { slug: 'academy-awards', name: 'Academy Awards', kind: 'ceremony' }, 'test');
  const edition = ensureEdition(
    db,
    { awardId: award.id, slug: '89th', name: '89th Academy Awards', ordinal: 89, year: 2016 },
    'test',
  );
  const stored = () => db.select().from(editions).where(eq(editions.id, edition.id)).get()!;
  const updates = () => db.select().from(auditLog).where(eq(auditLog.action, 'edition.update')).all();
  return { db, award, edition, stored, updates };
}

describe('updateEdition', () => {
  it('refuses to declare the results complete while a category with nominees has no winner, writing nothing', () => {
    const { db, edition, stored, updates } = setup();
    const reason = { actor: 'test', note: 'test fixture' };
    const nominate = (categoryId: number, displayName: string, status: 'nominated' | 'won') =>
      createNomination(db, { categoryId, filmIds: [], personIds: [], displayName, status, reason }).nomination;
    const decided = ensureCategory(db, { editionId: edition.id, name: 'Decided' }, 'test');
    const undecided = ensureCategory(db, { editionId: edition.id, name: 'Undecided' }, 'test');
    // A category nobody is nominated in yet does not hold the results up.
    ensureCategory(db, { editionId: edition.id, name: 'Empty' }, 'test');
    nominate(decided.id, 'Winner', 'won');
    nominate(undecided.id, 'Waiting', 'nominated');
    const complete = () =>
      updateEdition(db, { editionId: edition.id, expectedVersion: 1, changes: { resultsComplete: true }, actor: 'a' });
    expect(complete).toThrow(
      expect.objectContaining({
        fieldErrors: {
          resultsComplete: [
            'Undecided has no winner yet: mark the winners, or close a category given to nobody, on the results screen first.',
          ],
        },
      }),
    );
    expect(stored()).toMatchObject({ resultsComplete: false, version: 1 });
    expect(updates()).toEqual([]);
  });

  it('closes every decided category when the results are declared complete', () => {
    const { db, edition } = setup();
    const reason = { actor: 'test', note: 'test fixture' };
    const nominate = (categoryId: number, displayName: string, status: 'nominated' | 'won') =>
      createNomination(db, { categoryId, filmIds: [], personIds: [], displayName, status, reason }).nomination;
    const decided = ensureCategory(db, { editionId: edition.id, name: 'Decided' }, 'test');
    const winner = nominate(decided.id, 'Winner', 'won');
    const loser = nominate(decided.id, 'Other', 'nominated');

    const { closed } = updateEdition(db, {
      editionId: edition.id,
      expectedVersion: 1,
      changes: { resultsComplete: true },
      actor: 'user:7',
    });
    expect(closed).toEqual({ categories: 1, lost: 1 });

    const status = (id: number) => db.select().from(nominations).where(eq(nominations.id, id)).get()!.status;
    const closedAt = (id: number) => db.select().from(categories).where(eq(categories.id, id)).get()!.closedAt;
    expect([status(winner.id), status(loser.id)]).toEqual(['won', 'lost']);
    expect(closedAt(decided.id)).not.toBeNull();
  });

  it('saves the changed fields, bumps the version and records before and after', () => {
    const { db, edition, stored, updates } = setup();
    const { edition: updated, closed } = updateEdition(db, {
      editionId: edition.id,
      expectedVersion: 1,
      changes: { name: '89th Academy Awards', ceremonyDate: '2017-02-26', venue: ' Dolby Theatre ' },
      actor: 'user:7',
    });
    expect(closed).toBeNull();

    expect(updated).toMatchObject({ ceremonyDate: '2017-02-26', venue: 'Dolby Theatre', version: 2 });
    expect(stored()).toEqual(updated);
    // The name was sent unchanged, so it is not in the entry.
    expect(updates()).toEqual([
      expect.objectContaining({
        actor: 'user:7',
        entityType: 'edition',
        entityId: edition.id,
        before: { ceremonyDate: null, venue: null, version: 1 },
        after: { ceremonyDate: '2017-02-26', venue: 'Dolby Theatre', version: 2 },
      }),
    ]);
  });

  it('refuses a stale save, naming what the other person changed, and writes nothing', () => {
    const { db, edition, stored, updates } = setup();
    updateEdition(db, { editionId: edition.id, expectedVersion: 1, changes: { venue: 'Dolby Theatre' }, actor: 'a' });
    const before = stored();

    const stale = () =>
      updateEdition(db, {
        editionId: edition.id,
        expectedVersion: 1,
        changes: { venue: 'Hollywood and Highland', ceremonyDate: '2017-02-26' },
        actor: 'b',
      });
    expect(stale).toThrow(ConflictError);
    try {
      stale();
    } catch (error) {
      const conflict = error as ConflictError;
      expect(conflict.currentVersion).toBe(2);
      // Only the venue was changed by the other person; the ceremony date is this editor's own change.
      expect(conflict.conflicts).toEqual([
        { field: 'venue', label: 'Venue', theirs: 'Dolby Theatre', yours: 'Hollywood and Highland' },
      ]);
      expect(conflict.message).toContain('Venue: theirs “Dolby Theatre”, yours “Hollywood and Highland”');
    }
    expect(stored()).toEqual(before);
    expect(updates()).toHaveLength(1);
  });

  it('refuses any difference on a stale save when a version since left no audit entry to tell the form’s start', () => {
    const { db, edition, stored } = setup();
    // A version moved on by hand, with nothing recorded of what it changed.
    db.$client.prepare(`update editions set venue = 'Dolby Theatre', version = 2 where id = ?`).run(edition.id);
    const stale = () =>
      updateEdition(db, {
        editionId: edition.id,
        expectedVersion: 1,
        changes: { datesNote: 'x', venue: null },
        actor: 'b',
      });
    expect(stale).toThrow(ConflictError);
    expect(stored()).toMatchObject({ venue: 'Dolby Theatre', datesNote: null, version: 2 });
  });

  it('refuses a date that is not on the calendar, and a year out of range, field by field', () => {
    const { db, edition, stored, updates } = setup();
    const invalid = () =>
      updateEdition(db, {
        editionId: edition.id,
        expectedVersion: 1,
        changes: { ceremonyDate: '2017-02-30', year: 1850, venue: 'Dolby Theatre' },
        actor: 'a',
      });
    expect(invalid).toThrow(ValidationError);
    try {
      invalid();
    } catch (error) {
      expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(['ceremonyDate', 'year']);
    }
    expect(stored()).toMatchObject({ venue: null, ceremonyDate: null, year: 2016, version: 1 });
    expect(updates()).toHaveLength(0);
  });

  it('refuses an ordinal another edition of the award already has', () => {
    const { db, award, edition, stored } = setup();
    ensureEdition(db, { awardId: award.id, slug: '88th', name: '88th Academy Awards', ordinal: 88, year: 2015 }, 't');
    expect(() =>
      updateEdition(db, { editionId: edition.id, expectedVersion: 1, changes: { ordinal: 88 }, actor: 'a' }),
    ).toThrow(ValidationError);
    expect(stored()).toMatchObject({ ordinal: 89, version: 1 });
  });

  it('renames an edition whose name its ordinal made when the ordinal changes, and keeps a typed name', () => {
    const { db, edition, stored, updates } = setup();
    updateEdition(db, {
      editionId: edition.id,
      expectedVersion: 1,
      changes: { name: '89th Academy Awards', ordinal: 90 },
      actor: 'a',
    });
    expect(stored()).toMatchObject({ name: '90th Academy Awards', ordinal: 90, version: 2 });
    expect(updates().at(-1)!.after).toMatchObject({ name: '90th Academy Awards', ordinal: 90 });
    // A name of the editor's own is theirs to change.
    updateEdition(db, { editionId: edition.id, expectedVersion: 2, changes: { name: 'The Oscars, 2018' }, actor: 'a' });
    updateEdition(db, { editionId: edition.id, expectedVersion: 3, changes: { ordinal: 91 }, actor: 'a' });
    expect(stored()).toMatchObject({ name: 'The Oscars, 2018', ordinal: 91 });
    // And a name typed in the same save as the new ordinal is the one kept.
    updateEdition(db, {
      editionId: edition.id,
      expectedVersion: 4,
      changes: { name: '91st Academy Awards' },
      actor: 'a',
    });
    updateEdition(db, {
      editionId: edition.id,
      expectedVersion: 5,
      changes: { name: 'Oscars 92', ordinal: 92 },
      actor: 'a',
    });
    expect(stored()).toMatchObject({ name: 'Oscars 92', ordinal: 92 });
  });

  it('writes nothing for a save that changes nothing', () => {
    const { db, edition, stored, updates } = setup();
    const { edition: same } = updateEdition(db, {
      editionId: edition.id,
      expectedVersion: 1,
      changes: { year: 2016 },
      actor: 'a',
    });
    expect(same.version).toBe(1);
    expect(stored().version).toBe(1);
    expect(updates()).toHaveLength(0);
  });
});
