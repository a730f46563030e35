import { describe, expect, it } from 'vitest';
import type { PasswordHasher } from '@/app/_lib/passwords';
import { checkCredentials, limitMessage, safeNextPath, WRONG_CREDENTIALS } from '@/app/login/sign-in';
import type { Db } from '@/db/client';
import { LOGIN_WINDOW_MS } from '@/db/queries/login-attempts';
import { createUser, setUserPassword } from '@/db/queries/users';
import { loginAttempts, users } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

const T0 = new Date('2026-02-26T18:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const RIGHT = 'the right password';

/** A stand-in for scrypt that counts every hash it would have computed. */
function countingHasher() {
  const calls = { hash: 0, verify: 0 };
  const hasher: PasswordHasher = {
    hash: async (password) => (calls.hash++, `plain$${password}`),
    verify: async (password, stored) => (calls.verify++, stored === `plain$${password}`),
  };
  return { hasher, calls };
}

function setUp() {
  const { db } = freshDatabase();
  createUser(db, { email: 'ada@laurels.test', role: 'admin', passwordHash: `plain$${RIGHT}` }, 'test');
  return { db, ...countingHasher() };
}

function signIn(
  db: Db,
  hasher: PasswordHasher,
  password: string,
  when: Date,
  email = 'ada@laurels.test',
  address = '198.51.100.7',
) {
  return checkCredentials(db, { email, password }, { address, now: when, hasher });
}

describe('signing in', () => {
  it('lets the right password in, whatever the case of the email', async () => {
    const { db, hasher } = setUp();
    const outcome = await signIn(db, hasher, RIGHT, T0, '  Ada@Laurels.TEST ');
    expect(outcome).toMatchObject({ ok: true, user: { email: 'ada@laurels.test', role: 'admin' } });
  });

  it('gives one message, after the same hashing, for a wrong password, an unknown email and a disabled account', async () => {
    const { db, hasher, calls } = setUp();
    expect(await signIn(db, hasher, 'wrong password', T0)).toEqual({
      ok: false,
      limited: false,
      message: WRONG_CREDENTIALS,
    });
    expect(await signIn(db, hasher, RIGHT, T0, 'nobody@laurels.test')).toEqual({
      ok: false,
      limited: false,
      message: WRONG_CREDENTIALS,
    });
    db.update(users).set({ disabledAt: T0.toISOString() }).run();
    expect(await signIn(db, hasher, RIGHT, T0)).toEqual({ ok: false, limited: false, message: WRONG_CREDENTIALS });
    expect(calls.verify).toBe(3);
  });

  it('refuses the 6th failed attempt on an account within 15 minutes without hashing, even with the right password', async () => {
    const { db, hasher, calls } = setUp();
    for (let minute = 0; minute < 5; minute++) {
      expect(await signIn(db, hasher, `guess ${minute}`, at(minute))).toMatchObject({ ok: false, limited: false });
    }
    expect(calls.verify).toBe(5);
    const sixth = await signIn(db, hasher, RIGHT, at(5));
    expect(sixth).toEqual({
      ok: false,
      limited: true,
      message: 'Too many failed sign-ins for this account; try again in 10 minutes.',
    });
    expect(calls.verify).toBe(5);
    // Nothing recorded for the refused attempt: 5 failures, each for the account and the address.
    expect(db.select().from(loginAttempts).all()).toHaveLength(10);
    // The limit lifts as the first failure leaves the 15-minute window.
    expect(await signIn(db, hasher, RIGHT, at(14.9))).toMatchObject({ limited: true });
    expect(await signIn(db, hasher, RIGHT, at(15.01))).toMatchObject({ ok: true });
    expect(calls.verify).toBe(6);
  });

  it('lifts an account’s limit once a new password is set for it (a link, the account page, the command line)', async () => {
    const { db, hasher } = setUp();
    const now = new Date();
    for (let i = 0; i < 5; i++) await signIn(db, hasher, `guess ${i}`, now);
    expect(await signIn(db, hasher, RIGHT, now)).toMatchObject({ ok: false, limited: true });
    setUserPassword(db, 'ada@laurels.test', 'plain$a new passphrase', 'user:1');
    expect(await signIn(db, hasher, 'a new passphrase', new Date(now.getTime() + 1))).toMatchObject({ ok: true });
  });

  it('counts an account’s failures from its last successful sign-in', async () => {
    const { db, hasher } = setUp();
    for (let i = 0; i < 4; i++) await signIn(db, hasher, 'guess', at(i));
    expect(await signIn(db, hasher, RIGHT, at(4))).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++) expect(await signIn(db, hasher, 'guess', at(5 + i))).toMatchObject({ limited: false });
    expect(await signIn(db, hasher, 'guess', at(10))).toMatchObject({ limited: true });
  });

  it('refuses a 21st failure from one address across accounts, but not from another address', async () => {
    const { db, hasher, calls } = setUp();
    for (let i = 0; i < 20; i++) {
      expect(await signIn(db, hasher, 'guess', at(i / 2), `someone${i}@laurels.test`)).toMatchObject({
        limited: false,
      });
    }
    expect(await signIn(db, hasher, RIGHT, at(10))).toEqual({
      ok: false,
      limited: true,
      message: limitMessage('address', 5),
    });
    expect(calls.verify).toBe(20);
    expect(await signIn(db, hasher, RIGHT, at(10), 'ada@laurels.test', '192.0.2.1')).toMatchObject({ ok: true });
  });

  it('prunes attempts older than a day', async () => {
    const { db, hasher } = setUp();
    await signIn(db, hasher, 'guess', T0);
    await signIn(db, hasher, 'guess', new Date(T0.getTime() + 24 * 60 * 60_000 + LOGIN_WINDOW_MS));
    expect(db.select().from(loginAttempts).all()).toHaveLength(2);
  });
});

describe('limitMessage', () => {
  it('says whom the limit is for and how long to wait', () => {
    expect(limitMessage('account', 1)).toBe('Too many failed sign-ins for this account; try again in 1 minute.');
    expect(limitMessage('address', 12)).toBe('Too many failed sign-ins from this address; try again in 12 minutes.');
  });
});

describe('safeNextPath', () => {
  it('keeps a local path with its query', () => {
    expect(safeNextPath('/admin/results/ida-documentary-awards/2016?x=1#best-feature')).toBe(
      '/admin/results/ida-documentary-awards/2016?x=1#best-feature',
    );
  });

  it('never leads to another site, or back to the sign-in page', () => {
    for (const next of [
      undefined,
      '',
      'https://evil.example/admin',
      '//evil.example/admin',
      '/\\evil.example',
      '/\t/evil.example',
      '/.//evil.example',
      '/%2e//evil.example',
      'javascript:alert(1)',
      '/login?next=/admin',
    ]) {
      const path = safeNextPath(next);
      expect(path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\'), String(next)).toBe(true);
      expect(new URL(path, 'https://laurels.example').host).toBe('laurels.example');
      expect(path).not.toMatch(/^\/login/);
    }
    expect(safeNextPath('//evil.example/admin')).toBe('/admin');
  });
});
