// A stand-in for the one request a Server Action or page sees, for unit tests of code that calls
// next/headers (cookies(), headers()) and getDb(). Use it with
//   vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
// and useAppDatabase(db) so that getDb() is the test's fresh database. Only the request is faked: the
// database, the session code and the guards are the real ones.
import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { createSession, hashSessionToken } from '@/db/queries/sessions';
import { createUser } from '@/db/queries/users';
import type { UserRole } from '@/db/schema';

export interface CookieWrite {
  name: string;
  value: string;
  options: Record<string, unknown>;
}

class FakeCookieJar {
  readonly values = new Map<string, string>();
  readonly writes: CookieWrite[] = [];

  get(name: string) {
    const value = this.values.get(name);
    return value === undefined ? undefined : { name, value };
  }
  set(name: string, value: string, options: Record<string, unknown> = {}) {
    this.values.set(name, value);
    this.writes.push({ name, value, options });
  }
  delete(nameOrOptions: string | { name: string }) {
    const name = typeof nameOrOptions === 'string' ? nameOrOptions : nameOrOptions.name;
    this.values.delete(name);
    this.writes.push({ name, value: '', options: { deleted: true } });
  }
}

export const fakeRequest = { cookies: new FakeCookieJar(), headers: new Headers() };

/** Starts a new request: no cookies, no headers (or the ones given). */
export function resetRequest(headers: Record<string, string> = {}): void {
  fakeRequest.cookies = new FakeCookieJar();
  fakeRequest.headers = new Headers(headers);
}

export const nextHeadersModule = {
  cookies: async () => fakeRequest.cookies,
  headers: async () => fakeRequest.headers,
};

/** Makes getDb() (db/client.ts) return `db` for the code under test. */
export function useAppDatabase(db: Db): void {
  (globalThis as unknown as { laurelsDb?: Db }).laurelsDb = db;
}

let accounts = 0;
/** Creates an account with `role` and a session for it, and puts the session cookie on the request. */
export function signInAs(db: Db, role: UserRole, now = new Date()): { id: number; email: string; token: string } {
  accounts += 1;
  const user = createUser(
    db,
    { email: `${role}-${accounts}@laurels.test`, role, passwordHash: 'not-a-usable-hash' },
    'test',
  );
  const token = randomBytes(32).toString('base64url');
  createSession(db, { userId: user.id, tokenHash: hashSessionToken(token), now });
  fakeRequest.cookies.set('laurels_session', token);
  return { id: user.id, email: user.email, token };
}
