import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { changeStatus, createNomination, StatusChangeError } from '@/db/queries/nominations';
import { ensureSource } from '@/db/queries/sources';
import { auditLog, nominations, statusEvents } from '@/db/schema';
import { freshDatabase } from '../../../helpers/db';

function setup() {
  const { db } = freshDatabase();
  const award = ensureAward(
    db,
    { slug: 'ida-documentary-awards', name: 'IDA Documentary Awards', kind: 'ceremony' },
    'test',
  );
  const edition = ensureEdition(
    db,
    { awardId: award.id, slug: '2016', name: '2016 IDA Documentary Awards', year: 2016 },
    'test',
  );
  const category = ensureCategory(db, { editionId: edition.id, name: 'ABC News VideoSource Award' }, 'test');
  const { film } = ensureFilm(db, { title: 'The Lovers and the Despot', year: 2016 }, 'test');
  const source = ensureSource(db, { key: 'seed', kind: 'article', publisher: 'Newsmax' }, 'test');
  const { nomination } = createNomination(db, {
    categoryId: category.id,
    filmIds: [film.id],
    personIds: [],
    status: 'nominated',
    reason: { actor: 'test', sourceId: source.id },
  });
  return { db, category, film, source, nomination };
}

describe('createNomination', () => {
  it('records the nomination, its first status event with the source, and an audit entry', () => {
    const { db, nomination, source } = setup();
    const events = db.select().from(statusEvents).where(eq(statusEvents.nominationId, nomination.id)).all();
    expect(events).toMatchObject([{ fromStatus: null, toStatus: 'nominated', sourceId: source.id }]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'nomination.create')).all()).toHaveLength(1);
  });

  it('returns the existing nomination for the same nominee instead of duplicating it', () => {
    const { db, category, film, source, nomination } = setup();
    const again = createNomination(db, {
      categoryId: category.id,
      filmIds: [film.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'test', sourceId: source.id },
    });
    expect(again).toEqual({ created: false, nomination });
    expect(db.select().from(nominations).all()).toHaveLength(1);
  });

  it('records a loser as nominated then lost', () => {
    const { db, category, source } = setup();
    const { film } = ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    const { nomination } = createNomination(db, {
      categoryId: category.id,
      filmIds: [film.id],
      personIds: [],
      status: 'lost',
      reason: { actor: 'test', sourceId: source.id },
    });
    const steps = db.select().from(statusEvents).where(eq(statusEvents.nominationId, nomination.id)).all();
    expect(steps.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'nominated'],
      ['nominated', 'lost'],
    ]);
  });
});

describe('changeStatus', () => {
  it('moves a nomination along and keeps the history and audit', () => {
    const { db, nomination } = setup();
    const updated = changeStatus(db, {
      nominationId: nomination.id,
      to: 'won',
      actor: 'user:1',
      note: 'Announced on stage',
    });
    expect(updated).toMatchObject({ status: 'won', version: 2 });
    const events = db.select().from(statusEvents).where(eq(statusEvents.nominationId, nomination.id)).all();
    expect(events.at(-1)).toMatchObject({
      fromStatus: 'nominated',
      toStatus: 'won',
      note: 'Announced on stage',
      actor: 'user:1',
    });
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'nomination.status')).all();
    expect(audit).toMatchObject([{ before: { status: 'nominated' }, after: { status: 'won' } }]);
  });

  it('refuses a change the rules forbid and changes nothing', () => {
    const { db, nomination } = setup();
    expect(() => changeStatus(db, { nominationId: nomination.id, to: 'nominated', actor: 'x', note: 'n' })).toThrow(
      new StatusChangeError('The nomination is already nominated.'),
    );
    expect(db.select().from(statusEvents).all()).toHaveLength(1);
    expect(db.select().from(nominations).get()).toMatchObject({ status: 'nominated', version: 1 });
  });

  it('refuses a change without a source or a note', () => {
    const { db, nomination } = setup();
    expect(() => changeStatus(db, { nominationId: nomination.id, to: 'won', actor: 'x' })).toThrow(/source or a note/);
  });

  it('refuses a stale version so a second editor cannot overwrite the first', () => {
    const { db, nomination, source } = setup();
    changeStatus(db, { nominationId: nomination.id, to: 'won', actor: 'a', sourceId: source.id, expectedVersion: 1 });
    expect(() =>
      changeStatus(db, {
        nominationId: nomination.id,
        to: 'lost',
        actor: 'b',
        sourceId: source.id,
        expectedVersion: 1,
      }),
    ).toThrow(/Someone else changed this nomination/);
    expect(db.select().from(nominations).get()).toMatchObject({ status: 'won', version: 2 });
  });
});
