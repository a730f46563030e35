// Deleting a nomination from its edit page: admins only, with the box ticked, and then on to the results
// screen. The request and next/cache are stand-ins; the database, the session code and the guards are real.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteNominationAction } from '@/app/admin/nominations/[nomination]/actions';
import { MESSAGES } from '@/app/_lib/action';
import { nominations } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import { seedVideoSourceCategory } from '../../../helpers/video-source-category';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  return { db, ...seedVideoSourceCategory(db) };
}

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

describe('deleteNominationAction', () => {
  beforeEach(() => resetRequest());

  it('refuses an editor, and an admin who did not tick the box, deleting nothing', async () => {
    const { db, lovers } = setup();
    const fields = { nominationId: lovers.id, expectedVersion: lovers.version, returnTo: '/admin/results/ida/2016' };
    signInAs(db, 'editor');
    expect(await deleteNominationAction(null, form({ ...fields, confirm: 'on' }))).toMatchObject({
      ok: false,
      message: MESSAGES.adminOnly,
    });
    resetRequest();
    signInAs(db, 'admin');
    expect(await deleteNominationAction(null, form(fields))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ['Tick the box to confirm that this nomination should go.'] },
    });
    expect(db.select().from(nominations).where(eq(nominations.id, lovers.id)).all()).toHaveLength(1);
  });

  it('deletes it for an admin and leads to the results screen, never to another site', async () => {
    const { db, lovers } = setup();
    signInAs(db, 'admin');
    const fields = { nominationId: lovers.id, expectedVersion: lovers.version, confirm: 'on' };
    expect(await deleteNominationAction(null, form({ ...fields, returnTo: 'https://example.org/' }))).toMatchObject({
      ok: false,
    });
    await expect(
      deleteNominationAction(null, form({ ...fields, returnTo: '/admin/results/ida-documentary-awards/2016' })),
    ).rejects.toMatchObject({ digest: expect.stringContaining('/admin/results/ida-documentary-awards/2016') });
    expect(db.select().from(nominations).where(eq(nominations.id, lovers.id)).all()).toEqual([]);
  });
});
