// Deleting a record from its admin page: admins only, with the box ticked, then back to the page the form
// names (on the admin side only), whose message reads the name from the deletion's audit entry, never from
// the address; a refusal comes back as the reason.
import { eq, ne } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteRecordAction } from '@/app/admin/_delete/actions';
import { DeletedNotice } from '@/app/admin/_delete/deleted-notice';
import { MESSAGES } from '@/app/_lib/action';
import { ensureFilm } from '@/db/queries/films';
import { auditLog, films } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import { seedVideoSourceCategory } from '../../../helpers/video-source-category';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  const typo = ensureFilm(db, { title: 'Camerapersn', year: 2016 }, 'test').film;
  return { db, typo, ...seedVideoSourceCategory(db) };
}

describe('deleteRecordAction', () => {
  beforeEach(() => resetRequest());

  it('refuses an editor, an unticked box and a return address off the admin side, deleting nothing', async () => {
    const { db, typo } = setup();
    const fields = { kind: 'film', id: typo.id, returnTo: '/admin/films', confirm: 'on' };
    signInAs(db, 'editor');
    expect(await deleteRecordAction(null, form(fields))).toMatchObject({ ok: false, message: MESSAGES.adminOnly });
    resetRequest();
    signInAs(db, 'admin');
    expect(await deleteRecordAction(null, form({ ...fields, confirm: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ['Tick the box to confirm the deletion.'] },
    });
    for (const returnTo of ['https://example.org/admin', '//example.org/admin', '/films']) {
      expect(await deleteRecordAction(null, form({ ...fields, returnTo }))).toMatchObject({ ok: false });
    }
    expect(db.select().from(films).where(eq(films.id, typo.id)).all()).toHaveLength(1);
  });

  it('deletes an unused film and leads back with its name; a film in use is refused with the reason', async () => {
    const { db, typo } = setup();
    signInAs(db, 'admin');
    await expect(
      deleteRecordAction(null, form({ kind: 'film', id: typo.id, returnTo: '/admin/films', confirm: 'on' })),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/\/admin\/films\?deleted=\d+;/) });
    expect(db.select().from(films).where(eq(films.id, typo.id)).all()).toEqual([]);
    // The address names the deletion's audit entry, and the page reads the name from it.
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'film.delete')).get()!;
    const notice = async (deleted: string) => renderToStaticMarkup(await DeletedNotice({ search: { deleted } }));
    expect(await notice(String(entry.id))).toContain('“Camerapersn” was deleted.');
    // Text of a link's own, or an entry that is no deletion, shows nothing.
    expect(await notice('Everything was deleted')).toBe('');
    const other = db.select().from(auditLog).where(ne(auditLog.action, 'film.delete')).get()!;
    expect(await notice(String(other.id))).toBe('');
    // Nor does the deletion's own entry, to someone else who opens the address.
    resetRequest();
    signInAs(db, 'editor');
    expect(await notice(String(entry.id))).toBe('');
    resetRequest();
    signInAs(db, 'admin');

    const used = db.select().from(films).where(eq(films.title, '13th')).get()!;
    expect(
      await deleteRecordAction(null, form({ kind: 'film', id: used.id, returnTo: '/admin/films', confirm: 'on' })),
    ).toEqual({
      ok: false,
      message: '“13th” was not deleted: 1 nomination names it (delete them, or merge the film).',
    });
  });
});
