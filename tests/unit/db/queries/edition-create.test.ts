// Creating an edition: its address is the ordinal when given, else the year; an empty name is made from
// the award's; a taken ordinal or address is refused beside its field, naming the holder, writing nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureEdition } from '@/db/queries/catalogue';
import { createEdition, type EditionCreation, type NewEditionFields } from '@/db/queries/edition-create';
import { auditLog, editions } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

const fields: NewEditionFields = {
  name: null,
  ordinal: null,
  year: 2030,
  yearLabel: null,
  submissionsDate: '2030-06-01',
  shortlistDate: null,
  nominationsDate: '2030-10-15',
  ceremonyDate: '2030-12-09',
  datesNote: null,
  venue: null,
  resultsComplete: false,
};

function setup() {
  const { db } = freshDatabase();
  const award = ensureAward(db, { slug: 'test-prize', name: 'Test Prize', kind: 'ceremony' }, 'seed');
  ensureEdition(db, { awardId: award.id, slug: '3rd', name: '3rd Test Prize', ordinal: 3, year: 2029 }, 'seed');
  return { db, award };
}

function created(result: EditionCreation) {
  if (!('created' in result)) throw new Error(`expected a new edition, got ${JSON.stringify(result)}`);
  return result;
}

describe('createEdition', () => {
  it('refuses a name another edition of the award has, in any case, and writes nothing', () => {
    const { db, award } = setup();
    const before = db.select().from(editions).all().length;
    expect(() =>
      createEdition(db, {
        awardId: award.id,
        fields: { ...fields, name: '3RD test prize', ordinal: 33 },
        actor: 'user:7',
        confirmSameYear: true,
      }),
    ).toThrow(
      expect.objectContaining({
        fieldErrors: {
          name: ['3RD test prize is already the name of the edition at “3rd”: give this edition a name of its own.'],
        },
      }),
    );
    expect(db.select().from(editions).all()).toHaveLength(before);
  });

  it('shows the editions of the same awards year instead of creating one, until a second one is confirmed', () => {
    const { db, award } = setup();
    const before = db.select().from(editions).all().length;
    const sameYear = { ...fields, year: 2029, ordinal: 33 };
    expect(createEdition(db, { awardId: award.id, fields: sameYear, actor: 'user:7' })).toEqual({
      sameYear: [{ name: '3rd Test Prize', slug: '3rd' }],
    });
    expect(db.select().from(editions).all()).toHaveLength(before);
    const { created: edition } = created(
      createEdition(db, { awardId: award.id, fields: sameYear, actor: 'user:7', confirmSameYear: true }),
    );
    expect(edition).toMatchObject({ slug: '33rd', year: 2029 });
  });

  it('makes the address and the name from the ordinal, keeps the dates and records the creation', () => {
    const { db, award } = setup();
    const { created: edition } = created(
      createEdition(db, { awardId: award.id, fields: { ...fields, ordinal: 4 }, actor: 'user:7' }),
    );
    expect(edition).toMatchObject({ slug: '4th', name: '4th Test Prize', ceremonyDate: '2030-12-09', version: 1 });
    const entry = db.select().from(auditLog).all().at(-1);
    expect(entry).toMatchObject({
      actor: 'user:7',
      action: 'edition.create',
      entityType: 'edition',
      entityId: edition.id,
    });
  });

  it('uses the year as the address and keeps a given name when there is no ordinal', () => {
    const { db, award } = setup();
    const { created: edition } = created(
      createEdition(db, { awardId: award.id, fields: { ...fields, name: 'Test Prize 2030' }, actor: 'user:7' }),
    );
    expect(edition).toMatchObject({ slug: '2030', name: 'Test Prize 2030', ordinal: null });
  });

  it('refuses a taken ordinal, or a taken year address, naming the edition that holds it, and writes nothing', () => {
    const { db, award } = setup();
    const before = db.select().from(auditLog).all().length;
    expect(() => createEdition(db, { awardId: award.id, fields: { ...fields, ordinal: 3 }, actor: 'user:7' })).toThrow(
      expect.objectContaining({ fieldErrors: { ordinal: ['3rd Test Prize already has this ordinal.'] } }),
    );
    createEdition(db, { awardId: award.id, fields, actor: 'user:7' });
    expect(() => createEdition(db, { awardId: award.id, fields, actor: 'user:7' })).toThrow(
      expect.objectContaining({
        fieldErrors: { year: ['2030 Test Prize already uses the address “2030”: give this edition an ordinal.'] },
      }),
    );
    expect(db.select().from(editions).all()).toHaveLength(2);
    expect(db.select().from(auditLog).all()).toHaveLength(before + 1);
  });

  it('refuses dates out of the season order beside the later date, and writes nothing', () => {
    const { db, award } = setup();
    const before = db.select().from(editions).all().length;
    expect(() =>
      createEdition(db, { awardId: award.id, fields: { ...fields, ceremonyDate: '2030-10-01' }, actor: 'user:7' }),
    ).toThrow(
      expect.objectContaining({
        fieldErrors: {
          ceremonyDate: [
            'The ceremony date (2030-10-01) is before the nominations date (2030-10-15): a season runs submissions ' +
              'deadline, shortlist, nominations, ceremony. Check both dates.',
          ],
        },
      }),
    );
    expect(db.select().from(editions).all()).toHaveLength(before);
  });
});

describe('ensureEdition', () => {
  it('refuses dates that would run backwards, counting the dates a found edition keeps', () => {
    const { db, award } = setup();
    const input = { awardId: award.id, slug: '3rd', name: '3rd Test Prize', ordinal: 3, year: 2029 };
    ensureEdition(db, { ...input, ceremonyDate: '2029-03-01' }, 'seed');
    expect(() => ensureEdition(db, { ...input, nominationsDate: '2029-04-01' }, 'seed')).toThrow(
      'Edition 3rd: The ceremony date (2029-03-01) is before the nominations date (2029-04-01)',
    );
    expect(ensureEdition(db, { ...input, nominationsDate: '2029-01-20' }, 'seed')).toMatchObject({
      nominationsDate: '2029-01-20',
      ceremonyDate: '2029-03-01',
    });
  });

  it('lets a found edition gain what it lacks though its stored dates are out of order', () => {
    const { db, award } = setup();
    const input = { awardId: award.id, slug: '3rd', name: '3rd Test Prize', ordinal: 3, year: 2029 };
    db.update(editions)
      .set({ nominationsDate: '2029-04-01', ceremonyDate: '2029-03-01' })
      .where(eq(editions.slug, '3rd'))
      .run();
    expect(ensureEdition(db, { ...input, resultsComplete: true }, 'seed')).toMatchObject({ resultsComplete: true });
  });
});
