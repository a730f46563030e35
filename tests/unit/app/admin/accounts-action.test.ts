// The accounts page's action as an admin posts it: another account's role and access change, with the
// audit entry; the admin's own account is refused, changing nothing, since one click would lock them out
// while another admin still could sign in (the last-admin rule alone would not stop it).
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { updateAccountAction } from '@/app/admin/accounts/actions';
import { createUser } from '@/db/queries/users';
import { users } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { tableCounts } from '@/tests/helpers/counts';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  // A second admin, so the last-admin rule does not apply.
  createUser(db, { email: 'other-admin@laurels.test', role: 'admin', passwordHash: 'not-a-usable-hash' }, 'test');
  const me = signInAs(db, 'admin');
  return { db, me };
}

describe('updateAccountAction', () => {
  beforeEach(() => resetRequest());

  it('refuses to disable, or change the role of, the admin’s own account, in any capitals', async () => {
    const { db, me } = setup();
    const before = tableCounts(db);
    for (const fields of <Record<string, string>[]>[
      { intent: 'disable', email: me.email },
      { intent: 'role', role: 'editor', email: me.email.toUpperCase() },
    ]) {
      expect(await updateAccountAction(null, form(fields))).toEqual({
        ok: false,
        message: expect.stringContaining('You cannot change your own role or disable your own account'),
      });
    }
    expect(tableCounts(db)).toEqual(before);
    expect(db.select().from(users).where(eq(users.id, me.id)).get()).toMatchObject({ role: 'admin', disabledAt: null });
  });

  it('disables another account', async () => {
    const { db } = setup();
    expect(await updateAccountAction(null, form({ intent: 'disable', email: 'other-admin@laurels.test' }))).toEqual({
      ok: true,
      message: 'other-admin@laurels.test is disabled: it cannot sign in, and its sessions are ended.',
    });
    expect(db.select().from(users).where(eq(users.email, 'other-admin@laurels.test')).get()!.disabledAt).not.toBeNull();
  });
});
