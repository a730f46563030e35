// Changing one's own password as its form posts it: the current password must be right (a wrong one is
// refused beside its field and counts as a failed sign-in), the new one typed twice; then every other
// session of the account ends, this browser gets a new one, and the audit log names the holder.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeOwnPasswordAction } from '@/app/admin/account/actions';
import { hashPassword, verifyPassword } from '@/app/_lib/passwords';
import { hashSessionToken } from '@/db/queries/sessions';
import { auditLog, loginAttempts, sessions, users } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { fakeRequest, resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);

const OLD = 'the old passphrase 1';
const NEW = 'a brand new passphrase 2';

async function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest({ 'x-forwarded-for': '203.0.113.9' });
  const user = signInAs(db, 'editor');
  db.update(users)
    .set({ passwordHash: await hashPassword(OLD) })
    .where(eq(users.id, user.id))
    .run();
  return { db, user };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const storedHash = (db: Awaited<ReturnType<typeof setup>>['db'], id: number) =>
  db.select().from(users).where(eq(users.id, id)).get()!.passwordHash;

describe('changing one’s own password', () => {
  beforeEach(() => resetRequest());

  it('refuses a wrong current password beside its field, changing nothing, and counts the attempt', async () => {
    const { db, user } = await setup();
    const before = storedHash(db, user.id);
    expect(
      await changeOwnPasswordAction(null, form({ current: 'a wrong guess!', password: NEW, repeat: NEW })),
    ).toEqual({
      ok: false,
      message: 'That is not your current password.',
      fieldErrors: { current: ['That is not your current password.'] },
    });
    expect(storedHash(db, user.id)).toBe(before);
    const attempts = db.select().from(loginAttempts).all();
    expect(attempts.length).toBeGreaterThan(0);
    expect(attempts.every((attempt) => !attempt.succeeded)).toBe(true);
  });

  it('says, once wrong current passwords reach the limit, that signing in is held back too and what lifts it', async () => {
    await setup();
    for (let i = 0; i < 5; i++) {
      await changeOwnPasswordAction(null, form({ current: `a wrong guess ${i}`, password: NEW, repeat: NEW }));
    }
    const limited = await changeOwnPasswordAction(null, form({ current: OLD, password: NEW, repeat: NEW }));
    expect(limited).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^Too many failed sign-ins for this account.* cannot sign in either; a password link/,
      ),
    });
  });

  it('refuses the current password as the new one, changing nothing and keeping the other sessions', async () => {
    const { db, user } = await setup();
    const before = storedHash(db, user.id);
    const sessionsBefore = db.select().from(sessions).all().length;
    expect(await changeOwnPasswordAction(null, form({ current: OLD, password: OLD, repeat: OLD }))).toEqual({
      ok: false,
      message: 'That is your current password: choose a new one.',
      fieldErrors: { password: ['That is your current password: choose a new one.'] },
    });
    expect(storedHash(db, user.id)).toBe(before);
    expect(db.select().from(sessions).all()).toHaveLength(sessionsBefore);
  });

  it('refuses a new password typed differently twice, or too short, beside its field', async () => {
    await setup();
    const differ = await changeOwnPasswordAction(null, form({ current: OLD, password: NEW, repeat: `${NEW}x` }));
    expect(differ).toMatchObject({
      ok: false,
      fieldErrors: { repeat: ['The two passwords differ: type the same one twice.'] },
    });
    const short = await changeOwnPasswordAction(null, form({ current: OLD, password: 'short', repeat: 'short' }));
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining('at least 12')] } });
  });

  it('refuses a new password that is common, beside its field, changing nothing', async () => {
    const { db, user } = await setup();
    const before = storedHash(db, user.id);
    const common = await changeOwnPasswordAction(
      null,
      form({ current: OLD, password: 'password1234', repeat: 'password1234' }),
    );
    expect(common).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringContaining('similar to a commonly used password')] },
    });
    expect(storedHash(db, user.id)).toBe(before);
  });

  it('sets the new password, ends every other session, signs this browser in again and is audited', async () => {
    const { db, user } = await setup();
    const result = await changeOwnPasswordAction(null, form({ current: OLD, password: NEW, repeat: NEW }));
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('Your password is changed.') });
    expect(await verifyPassword(NEW, storedHash(db, user.id))).toBe(true);
    expect(await verifyPassword(OLD, storedHash(db, user.id))).toBe(false);
    // The session it was changed from is gone; the one left is the new cookie's.
    const left = db.select().from(sessions).where(eq(sessions.userId, user.id)).all();
    expect(left).toHaveLength(1);
    expect(left[0]!.id).not.toBe(hashSessionToken(user.token));
    expect(left[0]!.id).toBe(hashSessionToken(fakeRequest.cookies.get('laurels_session')!.value));
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'user.password-change')).get()).toMatchObject({
      actor: `user:${user.id}`,
      entityId: user.id,
    });
  });
});
