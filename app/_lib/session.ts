// The session cookie and what a request says about where it came from. The cookie `laurels_session` holds
// a random 32-byte token (HttpOnly: no script can read it; SameSite=Lax: other sites cannot send it with a
// cross-site POST; Secure when the request came over https); the database keeps only its SHA-256
// (db/queries/sessions.ts).
import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { getDb } from '@/db/client';
import { createSession, endSession, hashSessionToken } from '@/db/queries/sessions';
import { SESSION_COOKIE } from './session-cookie';

export interface RequestOrigin {
  /** The client's address as the proxy reports it, or 'local' when nothing says. */
  address: string;
  userAgent: string | null;
  isHttps: boolean;
}

/**
 * Server Actions do not see the socket's address, so the address comes from the proxy's headers: the first
 * entry of x-forwarded-for, else x-real-ip, else the fixed key 'local' (a direct connection, as in
 * development and the tests, where every client then shares one address limit). Behind no proxy a client
 * can write these headers itself; the per-account limit holds regardless.
 */
export async function requestOrigin(): Promise<RequestOrigin> {
  const list = await headers();
  const forwarded = list.get('x-forwarded-for')?.split(',')[0]?.trim();
  const address = (forwarded || list.get('x-real-ip')?.trim() || 'local').slice(0, 64);
  const proto = list.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const isHttps = proto ? proto === 'https' : (list.get('origin') ?? list.get('referer') ?? '').startsWith('https:');
  return { address, userAgent: list.get('user-agent'), isHttps };
}

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined;
}

/**
 * Signs `userId` in with a new token (never one the browser brought, so a planted cookie cannot become a
 * session), ending the session this browser had before. Only a Server Action or route may call it.
 */
export async function startSession(userId: number, origin: RequestOrigin, now = new Date()): Promise<void> {
  const previous = await readSessionToken();
  if (previous) endSession(getDb(), hashSessionToken(previous));
  const token = randomBytes(32).toString('base64url');
  const { expiresAt } = createSession(getDb(), {
    userId,
    tokenHash: hashSessionToken(token),
    now,
    address: origin.address,
    userAgent: origin.userAgent,
  });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: origin.isHttps,
    path: '/',
    expires: expiresAt,
  });
}

/** Signs the caller out: deletes the session row and the cookie. False when no session was open. */
export async function endCurrentSession(): Promise<boolean> {
  const token = await readSessionToken();
  const jar = await cookies();
  jar.delete({ name: SESSION_COOKIE, path: '/' });
  return token ? endSession(getDb(), hashSessionToken(token)) : false;
}
