// The ceremony-night Server Actions as the results screen calls them: a signed-in editor's click is written
// with the editor as actor and the screen refreshed; a stale click and a forged form come back as messages.
// The request and next/cache are stand-ins; the database, the session code and the guards are real.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { categoryResultAction, nomineeResultAction } from '@/app/admin/results/[award]/[edition]/actions';
import { listResultsSheet } from '@/db/queries/results-sheet';
import type { Executor } from '@/db/client';
import { statusEvents, type Nomination } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import { seedVideoSourceCategory } from '../../../helpers/video-source-category';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

/** A nominee's "Mark winner" / "Undo winner" form as the results screen renders it for `edition`. */
async function nomineeForm(db: Executor, editionId: number, intent: string, nomination: Nomination) {
  const [category] = await listResultsSheet(db, editionId);
  return form({
    intent,
    nominationId: nomination.id,
    expectedVersion: nomination.version,
    expectedCategoryState: category!.stateToken,
  });
}

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  revalidatePath.mockClear();
  const fixture = seedVideoSourceCategory(db);
  const editor = signInAs(db, 'editor');
  return { db, editor, ...fixture };
}

describe('nomineeResultAction', () => {
  beforeEach(() => resetRequest());

  it('marks the winner as the signed-in editor and refreshes the results screen', async () => {
    const { db, editor, edition, thirteenth } = setup();
    const result = await nomineeResultAction(null, await nomineeForm(db, edition.id, 'mark', thirteenth));

    expect(result).toEqual({ ok: true, message: '13th marked winner.' });
    const [event] = db.select().from(statusEvents).where(eq(statusEvents.nominationId, thirteenth.id)).all().slice(-1);
    expect(event).toMatchObject({
      toStatus: 'won',
      actor: `user:${editor.id}`,
      note: `Result entered on ceremony night.`,
    });
    expect(revalidatePath).toHaveBeenCalledWith('/admin/results/[award]/[edition]', 'page');
  });

  it('answers a click on a stale screen with the conflict, naming the status now', async () => {
    const { db, edition, thirteenth } = setup();
    const click = await nomineeForm(db, edition.id, 'mark', thirteenth);
    await nomineeResultAction(null, click);
    const second = await nomineeResultAction(null, click);

    expect(second).toEqual({
      ok: false,
      message:
        'Someone else changed 13th since you loaded the page: it is now “Won”. ' +
        'The page shows the current results; check them before trying again.',
    });
    // Refreshed all the same, so the screen shows what is true now.
    expect(revalidatePath).toHaveBeenCalledTimes(2);
  });

  it('refuses a winner marked on a screen that had not shown another winner, and makes the tie once it has', async () => {
    const { db, edition, thirteenth, lovers } = setup();
    const screenA = await nomineeForm(db, edition.id, 'mark', thirteenth);
    const screenB = await nomineeForm(db, edition.id, 'mark', lovers);
    await nomineeResultAction(null, screenA);

    expect(await nomineeResultAction(null, screenB)).toEqual({
      ok: false,
      message:
        'Someone else changed ABC News VideoSource Award since you loaded the page (it is open, winner: 13th). ' +
        'The page shows the current results; check them before trying again.',
    });
    const winners = () =>
      db
        .select()
        .from(statusEvents)
        .all()
        .filter((event) => event.toStatus === 'won')
        .map((event) => event.nominationId);
    expect(winners()).toEqual([thirteenth.id]);

    // The refreshed screen shows 13th as the winner: a click there is a tie the editor chose.
    expect(await nomineeResultAction(null, await nomineeForm(db, edition.id, 'mark', lovers))).toEqual({
      ok: true,
      message: 'The Lovers and the Despot marked winner, a tie with 13th.',
    });
    expect(winners()).toEqual([thirteenth.id, lovers.id]);
  });

  it('refuses a forged form field by field, writing nothing', async () => {
    const { db, thirteenth } = setup();
    const before = db.select().from(statusEvents).all().length;
    const result = await nomineeResultAction(null, form({ intent: 'promote', nominationId: 'x', expectedVersion: 1 }));

    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { intent: expect.any(Array), nominationId: expect.any(Array) },
    });
    expect(db.select().from(statusEvents).all()).toHaveLength(before);
    expect(thirteenth.status).toBe('nominated');
  });
});

describe('categoryResultAction', () => {
  it('closes the category with the state the editor saw, and reopens it', async () => {
    const { db, edition, thirteenth } = setup();
    await nomineeResultAction(null, await nomineeForm(db, edition.id, 'mark', thirteenth));
    const [seen] = await listResultsSheet(db, edition.id);

    const closed = await categoryResultAction(
      null,
      form({ intent: 'close', categoryId: seen!.id, expectedState: seen!.stateToken }),
    );
    expect(closed).toEqual({ ok: true, message: 'ABC News VideoSource Award closed: 1 nominee marked lost.' });

    const [now] = await listResultsSheet(db, edition.id);
    const reopened = await categoryResultAction(
      null,
      form({ intent: 'reopen', categoryId: now!.id, expectedState: now!.stateToken }),
    );
    expect(reopened).toEqual({ ok: true, message: 'ABC News VideoSource Award reopened: 1 nominee nominated again.' });
  });

  it('says why a category without a winner cannot be closed', async () => {
    const { db, edition } = setup();
    const [seen] = await listResultsSheet(db, edition.id);
    const result = await categoryResultAction(
      null,
      form({ intent: 'close', categoryId: seen!.id, expectedState: seen!.stateToken }),
    );
    expect(result).toEqual({
      ok: false,
      message: 'ABC News VideoSource Award has no winner yet: mark the winner before closing the category.',
    });
  });
});
