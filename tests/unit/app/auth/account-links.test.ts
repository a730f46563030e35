// One-time password links: an admin adds an account (or asks for a reset) and gets a link; its holder
// chooses the password with it, once, within three days, and can then sign in with it; nobody can sign in
// with the new account before. Only the link's hash is stored. The request and next/cache are stand-ins;
// the database, the hashing, the actions and their guards are real.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { inviteAccountAction, resetLinkAction } from '@/app/admin/accounts/link-actions';
import { PASSWORD_SET_LOGIN } from '@/app/login/login-view';
import { setPasswordAction } from '@/app/password/actions';
import { MESSAGES } from '@/app/_lib/action';
import { verifyPassword } from '@/app/_lib/passwords';
import { EXPIRED_LINK, findUsableLink, LINK_LIFETIME_MS, useAccountLink } from '@/db/queries/account-links';
import { updateAccount } from '@/db/queries/users';
import { accountLinks, auditLog, sessions, users } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { fakeRequest, resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import { redirectedTo } from '@/tests/helpers/redirects';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  return { db };
}

describe('adding an account with a link', () => {
  beforeEach(() => resetRequest());

  it('is for admins only', async () => {
    const { db } = setup();
    signInAs(db, 'editor');
    const answer = await inviteAccountAction(null, form({ email: 'new@laurels.test', role: 'editor' }));
    expect(answer).toMatchObject({ ok: false, message: MESSAGES.adminOnly });
    expect(db.select().from(users).where(eq(users.email, 'new@laurels.test')).all()).toEqual([]);
  });

  it('gives a link on this site that sets the password once; the account cannot sign in before', async () => {
    const { db } = setup();
    signInAs(db, 'admin');
    fakeRequest.headers.set('host', 'laurels.example');
    fakeRequest.headers.set('x-forwarded-proto', 'https');
    const answer = await inviteAccountAction(null, form({ email: 'Mira@Laurels.test', name: 'Mira', role: 'editor' }));
    expect(answer).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Account added for mira@laurels\.test\./),
    });
    const link = (answer as { data: { link: string } }).data.link;
    expect(link).toMatch(/^https:\/\/laurels\.example\/password\?token=[\w-]{43}$/);
    const token = tokenOf(link);
    // Only the hash is kept.
    expect(JSON.stringify(db.select().from(accountLinks).all())).not.toContain(token);
    const account = db.select().from(users).where(eq(users.email, 'mira@laurels.test')).get()!;
    expect(account).toMatchObject({ role: 'editor', name: 'Mira' });
    expect(await verifyPassword('', account.passwordHash)).toBe(false);

    resetRequest();
    expect(await setPasswordAction(null, form({ token, password: 'short', repeat: 'short' }))).toMatchObject({
      ok: false,
      fieldErrors: { password: ['The password must be at least 12 characters long.'] },
    });
    expect(
      await setPasswordAction(null, form({ token, password: 'a long passphrase', repeat: 'a long passphrasE' })),
    ).toMatchObject({ ok: false, fieldErrors: { repeat: ['The two passwords differ: type the same one twice.'] } });
    // Long enough, but the account's own address: refused, the link kept.
    expect(
      await setPasswordAction(null, form({ token, password: 'mira@laurels.test!', repeat: 'mira@laurels.test!' })),
    ).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/^This password is too easy/)] } });
    expect(findUsableLink(db, token, new Date())).toBeDefined();
    expect(
      await redirectedTo(
        setPasswordAction(null, form({ token, password: 'a long passphrase', repeat: 'a long passphrase' })),
      ),
    ).toBe(PASSWORD_SET_LOGIN);
    const stored = db.select().from(users).where(eq(users.id, account.id)).get()!;
    expect(await verifyPassword('a long passphrase', stored.passwordHash)).toBe(true);
    expect(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, account.id))
        .all()
        .map((entry) => [entry.actor.startsWith('user:') ? 'user' : entry.actor, entry.action]),
    ).toEqual([
      ['user', 'user.create'],
      ['user', 'user.password-reset'],
    ]);

    // Spent: a second use is refused and changes nothing.
    expect(
      await setPasswordAction(null, form({ token, password: 'another passphrase', repeat: 'another passphrase' })),
    ).toEqual({ ok: false, message: EXPIRED_LINK });
    expect(findUsableLink(db, token, new Date())).toBeUndefined();
  });

  it('refuses an address already taken, saying so', async () => {
    const { db } = setup();
    const admin = signInAs(db, 'admin');
    const answer = await inviteAccountAction(null, form({ email: admin.email, name: 'Mira', role: 'editor' }));
    // What was typed comes back, for the form to show again.
    expect(answer).toEqual({
      ok: false,
      message: `An account for ${admin.email} already exists.`,
      values: { email: admin.email, name: 'Mira', role: 'editor' },
    });
  });

  it('tells an empty address from one that is not an email address', async () => {
    const { db } = setup();
    signInAs(db, 'admin');
    const errorFor = async (email: string) =>
      ((await inviteAccountAction(null, form({ email, role: 'editor' }))) as { fieldErrors?: { email?: string[] } })
        .fieldErrors?.email;
    expect(await errorFor('  ')).toEqual(['Give the email address they sign in with.']);
    expect(await errorFor('mira at laurels')).toEqual(['That is not an email address: write it as name@example.org.']);
  });
});

describe('a reset link', () => {
  beforeEach(() => resetRequest());

  it('replaces an earlier link, expires after three days, and ends the sessions once used', async () => {
    const { db } = setup();
    const editor = signInAs(db, 'editor');
    resetRequest();
    signInAs(db, 'admin');
    const first = tokenOf(
      ((await resetLinkAction(null, form({ email: editor.email }))) as { data: { link: string } }).data.link,
    );
    const second = tokenOf(
      ((await resetLinkAction(null, form({ email: editor.email }))) as { data: { link: string } }).data.link,
    );
    const now = new Date();
    expect(findUsableLink(db, first, now)).toBeUndefined();
    expect(findUsableLink(db, second, now)).toMatchObject({ email: editor.email, purpose: 'reset' });
    expect(findUsableLink(db, second, new Date(now.getTime() + LINK_LIFETIME_MS + 1000))).toBeUndefined();
    expect(() => useAccountLink(db, second, 'hash', new Date(now.getTime() + LINK_LIFETIME_MS + 1000))).toThrow(
      EXPIRED_LINK,
    );

    expect(db.select().from(sessions).where(eq(sessions.userId, editor.id)).all()).toHaveLength(1);
    useAccountLink(db, second, 'new-hash', now);
    expect(db.select().from(sessions).where(eq(sessions.userId, editor.id)).all()).toEqual([]);
    expect(db.select().from(users).where(eq(users.id, editor.id)).get()!.passwordHash).toBe('new-hash');
  });

  it('does not open a disabled account: its links stop working and none is made for it', async () => {
    const { db } = setup();
    const editor = signInAs(db, 'editor');
    resetRequest();
    const admin = signInAs(db, 'admin');
    const answer = await resetLinkAction(null, form({ email: editor.email }));
    const token = tokenOf((answer as { data: { link: string } }).data.link);
    updateAccount(db, editor.email, { disabled: true }, `user:${admin.id}`);
    expect(findUsableLink(db, token, new Date())).toBeUndefined();
    expect(db.select().from(accountLinks).all()).toEqual([]);
    expect(await resetLinkAction(null, form({ email: editor.email }))).toEqual({
      ok: false,
      message: `${editor.email} is disabled: enable it first.`,
    });
  });

  it('sets the password of the link’s account only, whatever else the form names', async () => {
    const { db } = setup();
    const editor = signInAs(db, 'editor');
    resetRequest();
    const admin = signInAs(db, 'admin');
    const token = tokenOf(
      ((await resetLinkAction(null, form({ email: editor.email }))) as { data: { link: string } }).data.link,
    );
    const adminHash = db.select().from(users).where(eq(users.id, admin.id)).get()!.passwordHash;
    resetRequest();
    const answer = setPasswordAction(
      null,
      form({ token, email: admin.email, password: 'a long passphrase', repeat: 'a long passphrase' }),
    );
    expect(await redirectedTo(answer)).toBe(PASSWORD_SET_LOGIN);
    expect(
      await verifyPassword(
        'a long passphrase',
        db.select().from(users).where(eq(users.id, editor.id)).get()!.passwordHash,
      ),
    ).toBe(true);
    expect(db.select().from(users).where(eq(users.id, admin.id)).get()!.passwordHash).toBe(adminHash);
    // A made-up token is refused before any hashing.
    expect(
      await setPasswordAction(
        null,
        form({ token: 'made-up', password: 'a long passphrase', repeat: 'a long passphrase' }),
      ),
    ).toEqual({ ok: false, message: EXPIRED_LINK });
  });

  it('names an address with no account', async () => {
    const { db } = setup();
    signInAs(db, 'admin');
    expect(await resetLinkAction(null, form({ email: 'nobody@laurels.test' }))).toEqual({
      ok: false,
      message: 'There is no account for nobody@laurels.test.',
    });
  });
});
