import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentUser, requireUser } from '@/app/_lib/auth';
import { endCurrentSession, startSession } from '@/app/_lib/session';
import { SESSION_COOKIE } from '@/app/_lib/session-cookie';
import {
  createSession,
  endSession,
  findSessionAccount,
  hashSessionToken,
  LAST_SEEN_INTERVAL_MS,
  SESSION_LIFETIME_MS,
} from '@/db/queries/sessions';
import { createUser, updateAccount } from '@/db/queries/users';
import { openDatabase } from '@/db/client';
import { auditLog, sessions, users } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { fakeRequest, resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);

const T0 = new Date('2026-02-26T18:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

function setUp() {
  const { db } = freshDatabase();
  const user = createUser(db, { email: 'ada@laurels.test', role: 'admin', passwordHash: 'x' }, 'test');
  return { db, user };
}

describe('sessions in the database', () => {
  it('stores only the SHA-256 of the token and finds the account by it', () => {
    const { db, user } = setUp();
    createSession(db, { userId: user.id, tokenHash: hashSessionToken('the-token'), now: T0, address: '10.0.0.1' });
    const [row] = db.select().from(sessions).all();
    expect(row!.id).toBe(createHash('sha256').update('the-token').digest('hex'));
    expect(JSON.stringify(row)).not.toContain('the-token');
    expect(row!.expiresAt).toBe(later(SESSION_LIFETIME_MS).toISOString());
    expect(findSessionAccount(db, hashSessionToken('the-token'), later(1000))).toEqual({
      id: user.id,
      email: 'ada@laurels.test',
      name: null,
      role: 'admin',
    });
    expect(findSessionAccount(db, hashSessionToken('another-token'), later(1000))).toBeNull();
  });

  it('signs a disabled account out at once and lets it back in once enabled, and a demotion shows at once', () => {
    const { db, user } = setUp();
    createUser(db, { email: 'bo@laurels.test', role: 'admin', passwordHash: 'x' }, 'test');
    createSession(db, { userId: user.id, tokenHash: hashSessionToken('t1'), now: T0, address: '10.0.0.1' });
    updateAccount(db, 'ada@laurels.test', { role: 'editor' }, 'user:2');
    expect(findSessionAccount(db, hashSessionToken('t1'), later(1000))?.role).toBe('editor');

    updateAccount(db, 'ADA@laurels.test', { disabled: true }, 'user:2');
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([]);
    createSession(db, { userId: user.id, tokenHash: hashSessionToken('t2'), now: T0, address: '10.0.0.1' });
    expect(findSessionAccount(db, hashSessionToken('t2'), later(1000))).toBeNull();

    updateAccount(db, 'ada@laurels.test', { disabled: false }, 'user:2');
    expect(findSessionAccount(db, hashSessionToken('t2'), later(1000))).toMatchObject({ id: user.id });
    expect(() => updateAccount(db, 'bo@laurels.test', { disabled: true }, 'user:2')).toThrow(
      'bo@laurels.test is the only admin who can sign in',
    );
  });

  it('records the sign-in in the audit log, naming the user', () => {
    const { db, user } = setUp();
    createSession(db, { userId: user.id, tokenHash: hashSessionToken('t'), now: T0, address: '10.0.0.1' });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'user.sign-in')).get();
    expect(entry).toMatchObject({ actor: `user:${user.id}`, entityType: 'user', entityId: user.id });
    expect(entry!.after).toEqual({ address: '10.0.0.1' });
  });

  it('ends a session after 14 days and deletes it', () => {
    const { db, user } = setUp();
    const tokenHash = hashSessionToken('t');
    createSession(db, { userId: user.id, tokenHash, now: T0 });
    expect(findSessionAccount(db, tokenHash, later(SESSION_LIFETIME_MS - 1))).not.toBeNull();
    expect(findSessionAccount(db, tokenHash, later(SESSION_LIFETIME_MS))).toBeNull();
    expect(db.select().from(sessions).all()).toHaveLength(0);
  });

  it('removes expired sessions of anyone when someone signs in', () => {
    const { db, user } = setUp();
    createSession(db, { userId: user.id, tokenHash: hashSessionToken('old'), now: T0 });
    createSession(db, { userId: user.id, tokenHash: hashSessionToken('new'), now: later(SESSION_LIFETIME_MS + 1) });
    expect(db.select({ id: sessions.id }).from(sessions).all()).toEqual([{ id: hashSessionToken('new') }]);
  });

  it('refuses the session of a disabled account', () => {
    const { db, user } = setUp();
    const tokenHash = hashSessionToken('t');
    createSession(db, { userId: user.id, tokenHash, now: T0 });
    db.update(users)
      .set({ disabledAt: later(1000).toISOString() })
      .where(eq(users.id, user.id))
      .run();
    expect(findSessionAccount(db, tokenHash, later(2000))).toBeNull();
  });

  it('writes last_seen_at at most every 5 minutes, so reading pages does not write to the database', () => {
    const { db, user } = setUp();
    const tokenHash = hashSessionToken('t');
    createSession(db, { userId: user.id, tokenHash, now: T0 });
    const lastSeen = () => db.select({ at: sessions.lastSeenAt }).from(sessions).get()!.at;
    const changes = () => db.$client.prepare('select total_changes() as n').get() as { n: number };
    const before = changes().n;
    findSessionAccount(db, tokenHash, later(LAST_SEEN_INTERVAL_MS - 1));
    expect(changes().n).toBe(before);
    expect(lastSeen()).toBe(T0.toISOString());
    findSessionAccount(db, tokenHash, later(LAST_SEEN_INTERVAL_MS));
    expect(lastSeen()).toBe(later(LAST_SEEN_INTERVAL_MS).toISOString());
  });

  it('finds a session at once while another process holds the write lock, leaving its housekeeping for later', () => {
    const { db, user } = setUp();
    const [kept, expired] = [hashSessionToken('kept'), hashSessionToken('expired')];
    createSession(db, { userId: user.id, tokenHash: kept, now: T0 });
    createSession(db, { userId: user.id, tokenHash: expired, now: later(-SESSION_LIFETIME_MS) });
    // Another process (an import) holds the write lock.
    const other = openDatabase(db.$client.name);
    other.$client.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      expect(findSessionAccount(db, kept, later(LAST_SEEN_INTERVAL_MS))?.id).toBe(user.id);
      expect(findSessionAccount(db, expired, later(1000))).toBeNull();
      // Not the driver's wait for the lock (the busy timeout, 5 s), which would stall the whole server.
      expect(Date.now() - started).toBeLessThan(1000);
      expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.select().from(sessions).all()).toHaveLength(2);
    } finally {
      other.$client.exec('ROLLBACK');
      other.$client.close();
    }
    // With the lock free again, both are done.
    findSessionAccount(db, kept, later(LAST_SEEN_INTERVAL_MS));
    findSessionAccount(db, expired, later(1000));
    expect(db.select({ id: sessions.id, at: sessions.lastSeenAt }).from(sessions).all()).toEqual([
      { id: kept, at: later(LAST_SEEN_INTERVAL_MS).toISOString() },
    ]);
  });

  it('ends a session on sign-out and records it; a second sign-out finds nothing', () => {
    const { db, user } = setUp();
    const tokenHash = hashSessionToken('t');
    createSession(db, { userId: user.id, tokenHash, now: T0 });
    expect(endSession(db, tokenHash)).toBe(true);
    expect(findSessionAccount(db, tokenHash, later(1000))).toBeNull();
    expect(endSession(db, tokenHash)).toBe(false);
    const actions = db.select({ action: auditLog.action }).from(auditLog).all();
    expect(actions.map((a) => a.action)).toEqual(['user.create', 'user.sign-in', 'user.sign-out']);
  });
});

describe('the session cookie', () => {
  beforeEach(() => resetRequest());

  it('is HttpOnly, SameSite=Lax, Path=/, 14 days, and not Secure over plain http', async () => {
    const { db, user } = setUp();
    useAppDatabase(db);
    resetRequest({ 'x-forwarded-proto': 'http', 'x-forwarded-for': '203.0.113.9, 10.0.0.1' });
    await startSession(user.id, { address: '203.0.113.9', userAgent: 'test', isHttps: false }, T0);
    const [write] = fakeRequest.cookies.writes;
    expect(write!.name).toBe(SESSION_COOKIE);
    expect(SESSION_COOKIE).toBe('laurels_session');
    expect(write!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(write!.options).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/',
      expires: later(SESSION_LIFETIME_MS),
    });
    expect(db.select().from(sessions).get()!.id).toBe(hashSessionToken(write!.value));
  });

  it('replaces the session the browser had, rather than keeping it open beside the new one', async () => {
    const { db, user } = setUp();
    useAppDatabase(db);
    const old = signInAs(db, 'editor');
    await startSession(user.id, { address: 'local', userAgent: null, isHttps: false });
    expect(findSessionAccount(db, hashSessionToken(old.token), new Date())).toBeNull();
    expect(fakeRequest.cookies.get(SESSION_COOKIE)!.value).not.toBe(old.token);
    expect(await currentUser()).toMatchObject({ id: user.id });
  });

  it('is Secure when the request came over https', async () => {
    const { db, user } = setUp();
    useAppDatabase(db);
    await startSession(user.id, { address: 'local', userAgent: null, isHttps: true });
    expect(fakeRequest.cookies.writes[0]!.options.secure).toBe(true);
  });

  it('signs the user in for the next request, and signing out deletes the row and the cookie', async () => {
    const { db } = setUp();
    useAppDatabase(db);
    const editor = signInAs(db, 'editor');
    expect(await currentUser()).toMatchObject({ id: editor.id, role: 'editor' });
    expect(await endCurrentSession()).toBe(true);
    expect(fakeRequest.cookies.get(SESSION_COOKIE)).toBeUndefined();
    expect(db.select().from(sessions).all()).toHaveLength(0);
    // The old cookie, replayed, opens nothing.
    fakeRequest.cookies.set(SESSION_COOKIE, editor.token);
    expect(await currentUser()).toBeNull();
  });
});

describe('requireUser', () => {
  beforeEach(() => resetRequest({ 'x-laurels-path': '/admin/audit?actor=user%3A1' }));

  async function thrown(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    return String((error as { digest?: string } | null)?.digest);
  }

  it('sends an anonymous visitor to sign in, and back to the page afterwards', async () => {
    useAppDatabase(setUp().db);
    expect(await thrown(requireUser('editor'))).toContain(
      `/login?next=${encodeURIComponent('/admin/audit?actor=user%3A1')}`,
    );
  });

  it('answers 403 to an editor on an admin page, and lets an admin in', async () => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
    const { db } = setUp();
    useAppDatabase(db);
    signInAs(db, 'editor');
    expect(await requireUser('editor')).toMatchObject({ role: 'editor' });
    expect(await thrown(requireUser('admin'))).toBe('NEXT_HTTP_ERROR_FALLBACK;403');
    resetRequest();
    const admin = signInAs(db, 'admin');
    expect(await requireUser('admin')).toMatchObject({ id: admin.id, role: 'admin' });
  });
});
