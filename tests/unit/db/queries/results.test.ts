// Ceremony night on a fresh database: every click goes through changeStatus with the editor's note and
// actor, a category closes whole or not at all, and a click on a stale screen is refused with what is true now.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadLatestStatuses } from '@/db/queries/awards';
import { ensureFilm } from '@/db/queries/films';
import { changeStatus, createNomination, StatusChangeError } from '@/db/queries/nominations';
import { closeCategory, markWinner, reopenCategory, undoWinner } from '@/db/queries/results';
import { listResultsSheet } from '@/db/queries/results-sheet';
import { auditLog, categories, editions, nominations, statusEvents } from '@/db/schema';
import type { Db } from '@/db/client';
import { freshDatabase } from '../../../helpers/db';
import { seedVideoSourceCategory } from '../../../helpers/video-source-category';

const editor = { actor: 'user:7' };

function setup() {
  const { db } = freshDatabase();
  const { more, ...seeded } = seedVideoSourceCategory(db, ['Weiner']);
  return { db, ...seeded, weiner: more[0]! };
}

function statusOf(db: Db, id: number) {
  return db.select().from(nominations).where(eq(nominations.id, id)).get()!;
}

function eventsOf(db: Db, id: number) {
  return db.select().from(statusEvents).where(eq(statusEvents.nominationId, id)).orderBy(statusEvents.id).all();
}

async function sheetCategory(db: Db, editionId: number) {
  const [category] = await listResultsSheet(db, editionId);
  return category!;
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StatusChangeError);
    return (error as Error).message;
  }
  throw new Error('expected the change to be refused');
}

describe('markWinner', () => {
  it('marks the winner through changeStatus, with the editor as actor and a note naming them', async () => {
    const { db, edition, thirteenth } = setup();
    const { nomination: updated, tiedWith } = markWinner(db, {
      ...editor,
      nominationId: thirteenth.id,
      expectedVersion: thirteenth.version,
    });

    expect(updated).toMatchObject({ status: 'won', version: thirteenth.version + 1 });
    expect(tiedWith).toEqual([]);
    expect(eventsOf(db, thirteenth.id).at(-1)).toMatchObject({
      fromStatus: 'nominated',
      toStatus: 'won',
      actor: 'user:7',
      note: 'Result entered on ceremony night.',
      sourceId: null,
    });
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'nomination.status'), eq(auditLog.entityId, thirteenth.id)))
      .all();
    expect(audit).toMatchObject([{ actor: 'user:7', before: { status: 'nominated' }, after: { status: 'won' } }]);
    expect((await sheetCategory(db, edition.id)).state).toBe('winner');
  });

  it('allows a tie: a second winner leaves the first one won, and is told whom it ties with', async () => {
    const { db, edition, thirteenth, lovers } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    const { tiedWith } = markWinner(db, { ...editor, nominationId: lovers.id, expectedVersion: lovers.version });
    expect(tiedWith.map((other) => other.id)).toEqual([thirteenth.id]);

    const sheet = await sheetCategory(db, edition.id);
    expect(sheet.nominees.map((n) => [n.label, n.status])).toEqual([
      ['13th', 'won'],
      ['The Lovers and the Despot', 'won'],
      ['Weiner', 'nominated'],
    ]);
  });

  it('refuses a click made on a stale screen, naming the nominee and its status now, and changes nothing', () => {
    const { db, thirteenth } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    const eventCount = eventsOf(db, thirteenth.id).length;

    const message = refusal(() =>
      markWinner(db, {
        actor: 'user:8',
        nominationId: thirteenth.id,
        expectedVersion: thirteenth.version,
      }),
    );
    expect(message).toContain('Someone else changed 13th since you loaded the page: it is now “Won”.');
    expect(eventsOf(db, thirteenth.id)).toHaveLength(eventCount);
    expect(statusOf(db, thirteenth.id).version).toBe(thirteenth.version + 1);
  });
});

describe('the day of a result', () => {
  it('is the ceremony day once it has come, for the winner and the nominees a close makes lost', async () => {
    const { db, edition, category, thirteenth, lovers } = setup();
    db.update(editions).set({ ceremonyDate: '2016-12-09' }).where(eq(editions.id, edition.id)).run();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    const seen = await sheetCategory(db, edition.id);
    closeCategory(db, { ...editor, categoryId: category.id, expectedState: seen.stateToken });

    expect(eventsOf(db, thirteenth.id).at(-1)).toMatchObject({ toStatus: 'won', occurredOn: '2016-12-09' });
    expect(eventsOf(db, lovers.id).at(-1)).toMatchObject({ toStatus: 'lost', occurredOn: '2016-12-09' });
  });

  it('is left out when the ceremony date is not recorded or still ahead', () => {
    const { db, edition, thirteenth, lovers } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    const ahead = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    db.update(editions).set({ ceremonyDate: ahead }).where(eq(editions.id, edition.id)).run();
    markWinner(db, { ...editor, nominationId: lovers.id, expectedVersion: lovers.version });

    expect(eventsOf(db, thirteenth.id).at(-1)).toMatchObject({ toStatus: 'won', occurredOn: null });
    expect(eventsOf(db, lovers.id).at(-1)).toMatchObject({ toStatus: 'won', occurredOn: null });
  });
});

describe('undoWinner', () => {
  it('turns the winner back to nominated with its own note', async () => {
    const { db, edition, thirteenth } = setup();
    const won = markWinner(db, {
      ...editor,
      nominationId: thirteenth.id,
      expectedVersion: thirteenth.version,
    }).nomination;
    const undone = undoWinner(db, { ...editor, nominationId: won.id, expectedVersion: won.version });

    expect(undone.status).toBe('nominated');
    expect(eventsOf(db, thirteenth.id).at(-1)).toMatchObject({
      fromStatus: 'won',
      toStatus: 'nominated',
      actor: 'user:7',
      note: 'Result undone on ceremony night.',
    });
    expect((await sheetCategory(db, edition.id)).state).toBe('open');
    // The status still rests on the source that nominated it, on the pages and in the export.
    const latest = (await loadLatestStatuses(db, [thirteenth.id])).get(thirteenth.id)!;
    expect(latest).toMatchObject({
      status: 'nominated',
      note: null,
      source: expect.objectContaining({ publisher: 'IDA' }),
    });
  });

  it('turns a shortlisted winner back to shortlisted, and refuses a win recorded from the start', async () => {
    const { db, category } = setup();
    const reason = { actor: 'test', note: 'Announced by the festival.' };
    const shortlisted = createNomination(db, {
      categoryId: category.id,
      filmIds: [ensureFilm(db, { title: 'Cameraperson', year: 2016 }, 'test').film.id],
      personIds: [],
      status: 'shortlisted',
      reason,
    }).nomination;
    const won = markWinner(db, {
      ...editor,
      nominationId: shortlisted.id,
      expectedVersion: shortlisted.version,
    }).nomination;
    expect(undoWinner(db, { ...editor, nominationId: won.id, expectedVersion: won.version }).status).toBe(
      'shortlisted',
    );

    const honorary = createNomination(db, {
      categoryId: category.id,
      filmIds: [ensureFilm(db, { title: 'Fire at Sea', year: 2016 }, 'test').film.id],
      personIds: [],
      status: 'won',
      reason,
    }).nomination;
    const message = refusal(() =>
      undoWinner(db, { ...editor, nominationId: honorary.id, expectedVersion: honorary.version }),
    );
    expect(message).toBe(
      'Fire at Sea was recorded as a winner from the start, so there is no earlier status to go back to. ' +
        'Change its status on its nomination page, with a source.',
    );
    expect(statusOf(db, honorary.id).status).toBe('won');
    // The screen offers no undo for it, and offers one for the winner that was shortlisted first.
    const sheet = await sheetCategory(db, category.editionId);
    const nominee = (id: number) => sheet.nominees.find((row) => row.id === id)!;
    expect(nominee(honorary.id).statusBeforeWin).toBeNull();
    markWinner(db, { ...editor, nominationId: shortlisted.id, expectedVersion: statusOf(db, shortlisted.id).version });
    expect(
      (await sheetCategory(db, category.editionId)).nominees.find((row) => row.id === shortlisted.id),
    ).toMatchObject({
      statusBeforeWin: 'shortlisted',
    });
  });

  it('refuses to undo a nominee that is not a winner', () => {
    const { db, lovers } = setup();
    const message = refusal(() =>
      undoWinner(db, { ...editor, nominationId: lovers.id, expectedVersion: lovers.version }),
    );
    expect(message).toBe('The Lovers and the Despot is not a winner, so there is nothing to undo.');
    expect(statusOf(db, lovers.id).status).toBe('nominated');
  });
});

describe('closeCategory', () => {
  it('turns every nominee still nominated to lost, keeps the winners and marks the category closed', async () => {
    const { db, edition, category, thirteenth, lovers, weiner } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    const seen = await sheetCategory(db, edition.id);

    expect(closeCategory(db, { ...editor, categoryId: category.id, expectedState: seen.stateToken })).toEqual({
      category: 'ABC News VideoSource Award',
      lost: 2,
    });
    expect([thirteenth, lovers, weiner].map((n) => statusOf(db, n.id).status)).toEqual(['won', 'lost', 'lost']);
    expect(eventsOf(db, lovers.id).at(-1)).toMatchObject({
      fromStatus: 'nominated',
      toStatus: 'lost',
      actor: 'user:7',
      note: 'Category closed on ceremony night: not among the winners.',
    });
    const closed = db.select().from(categories).where(eq(categories.id, category.id)).get()!;
    expect(closed.closedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'category.close')).all()).toMatchObject([
      { actor: 'user:7', entityType: 'category', entityId: category.id },
    ]);
    expect((await sheetCategory(db, edition.id)).state).toBe('closed');
  });

  it('refuses to close a category without a winner, and writes nothing', async () => {
    const { db, edition, category, lovers } = setup();
    const seen = await sheetCategory(db, edition.id);
    const message = refusal(() =>
      closeCategory(db, { ...editor, categoryId: category.id, expectedState: seen.stateToken }),
    );

    expect(message).toBe('ABC News VideoSource Award has no winner yet: mark the winner before closing the category.');
    expect(statusOf(db, lovers.id).status).toBe('nominated');
    expect(db.select().from(categories).where(eq(categories.id, category.id)).get()!.closedAt).toBeNull();
  });

  it('is one transaction: when one nominee cannot be changed, no nominee, no closing and no audit is written', async () => {
    const { db, edition, category, thirteenth, lovers, weiner } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    const seen = await sheetCategory(db, edition.id);
    const eventsBefore = db.select().from(statusEvents).all().length;
    const auditBefore = db.select().from(auditLog).all().length;
    // The last nominee to be closed fails in the database itself, after the others were written.
    db.run(
      sql.raw(`create trigger refuse_weiner before update of status on nominations when new.id = ${weiner.id}
               begin select raise(abort, 'refused for the test'); end`),
    );

    expect(() => closeCategory(db, { ...editor, categoryId: category.id, expectedState: seen.stateToken })).toThrow(
      'refused for the test',
    );
    expect([lovers, weiner].map((n) => statusOf(db, n.id).status)).toEqual(['nominated', 'nominated']);
    expect(db.select().from(statusEvents).all()).toHaveLength(eventsBefore);
    expect(db.select().from(auditLog).all()).toHaveLength(auditBefore);
    expect(db.select().from(categories).where(eq(categories.id, category.id)).get()!.closedAt).toBeNull();
  });

  it('refuses a close made on a stale screen, saying what the category is now', async () => {
    const { db, edition, category, thirteenth, lovers } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    const seen = await sheetCategory(db, edition.id);
    // Meanwhile a second editor sees a tie announced.
    markWinner(db, { ...editor, nominationId: lovers.id, expectedVersion: lovers.version });

    const message = refusal(() =>
      closeCategory(db, { ...editor, categoryId: category.id, expectedState: seen.stateToken }),
    );
    expect(message).toContain(
      'Someone else changed ABC News VideoSource Award since you loaded the page (it is open, winners: 13th; The Lovers and the Despot).',
    );
    expect(db.select().from(categories).where(eq(categories.id, category.id)).get()!.closedAt).toBeNull();
  });

  it('keeps a closed category from being changed nominee by nominee', async () => {
    const { db, edition, category, thirteenth, lovers } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    closeCategory(db, {
      ...editor,
      categoryId: category.id,
      expectedState: (await sheetCategory(db, edition.id)).stateToken,
    });
    const lost = statusOf(db, lovers.id);

    const message = refusal(() => markWinner(db, { ...editor, nominationId: lost.id, expectedVersion: lost.version }));
    expect(message).toBe('ABC News VideoSource Award is closed: reopen it to change its results.');
  });
});

describe('reopenCategory', () => {
  it('nominates again the nominees the close made lost, with a note, and clears closed_at', async () => {
    const { db, edition, category, thirteenth, lovers, weiner } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    closeCategory(db, {
      ...editor,
      categoryId: category.id,
      expectedState: (await sheetCategory(db, edition.id)).stateToken,
    });
    const closed = await sheetCategory(db, edition.id);

    expect(reopenCategory(db, { ...editor, categoryId: category.id, expectedState: closed.stateToken })).toEqual({
      category: 'ABC News VideoSource Award',
      reopened: 2,
      editionReopened: false,
    });
    expect([thirteenth, lovers, weiner].map((n) => statusOf(db, n.id).status)).toEqual([
      'won',
      'nominated',
      'nominated',
    ]);
    expect(eventsOf(db, weiner.id).at(-1)).toMatchObject({
      fromStatus: 'lost',
      toStatus: 'nominated',
      actor: 'user:7',
      note: 'Category reopened: the close that made this nominee lost was undone.',
    });
    const latest = (await loadLatestStatuses(db, [weiner.id])).get(weiner.id)!;
    expect(latest).toMatchObject({ status: 'nominated', source: expect.objectContaining({ publisher: 'IDA' }) });
    expect(db.select().from(categories).where(eq(categories.id, category.id)).get()!.closedAt).toBeNull();
    expect((await sheetCategory(db, edition.id)).state).toBe('winner');
  });

  it('leaves alone a loser that was not made lost by the close, or was changed after it', async () => {
    const { db, edition, category, thirteenth, lovers, weiner } = setup();
    // Weiner was already lost before the night (say, from a results article).
    changeStatus(db, { nominationId: weiner.id, to: 'lost', actor: 'test', note: 'Reported lost.' });
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    closeCategory(db, {
      ...editor,
      categoryId: category.id,
      expectedState: (await sheetCategory(db, edition.id)).stateToken,
    });
    // After the close, a correction moves The Lovers and the Despot on and back to lost.
    changeStatus(db, { nominationId: lovers.id, to: 'won', actor: 'test', note: 'Correction.' });
    changeStatus(db, { nominationId: lovers.id, to: 'lost', actor: 'test', note: 'Correction undone.' });
    const closed = await sheetCategory(db, edition.id);

    expect(reopenCategory(db, { ...editor, categoryId: category.id, expectedState: closed.stateToken })).toEqual({
      category: 'ABC News VideoSource Award',
      reopened: 0,
      editionReopened: false,
    });
    expect([lovers, weiner].map((n) => statusOf(db, n.id).status)).toEqual(['lost', 'lost']);
  });

  it('takes "results complete" off its edition, with an audit entry, since a category is undecided again', async () => {
    const { db, edition, category, thirteenth } = setup();
    markWinner(db, { ...editor, nominationId: thirteenth.id, expectedVersion: thirteenth.version });
    closeCategory(db, {
      ...editor,
      categoryId: category.id,
      expectedState: (await sheetCategory(db, edition.id)).stateToken,
    });
    db.update(editions).set({ resultsComplete: true }).where(eq(editions.id, edition.id)).run();
    const versionBefore = db.select().from(editions).where(eq(editions.id, edition.id)).get()!.version;
    const closed = await sheetCategory(db, edition.id);

    expect(reopenCategory(db, { ...editor, categoryId: category.id, expectedState: closed.stateToken })).toMatchObject({
      editionReopened: true,
    });
    const after = db.select().from(editions).where(eq(editions.id, edition.id)).get()!;
    expect(after).toMatchObject({ resultsComplete: false, version: versionBefore + 1 });
    const entry = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'edition.update'), eq(auditLog.entityId, edition.id)))
      .all()
      .at(-1);
    expect(entry).toMatchObject({
      actor: 'user:7',
      before: { resultsComplete: true },
      after: { resultsComplete: false },
    });
  });

  it('refuses to reopen a category that is not closed', async () => {
    const { db, edition, category } = setup();
    const open = await sheetCategory(db, edition.id);
    const message = refusal(() =>
      reopenCategory(db, { ...editor, categoryId: category.id, expectedState: open.stateToken }),
    );
    expect(message).toBe('ABC News VideoSource Award is not closed.');
  });
});
