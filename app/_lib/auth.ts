// Who is signed in, and the guards every admin page and layout calls itself. Two roles: an admin may do
// everything; an editor enters results, edits the catalogue and reviews what the jobs found, but not
// accounts or ingestion sources. The proxy (proxy.ts) only tells a page its own path for the sign-in
// redirect; it guards nothing. Server Actions are guarded by app/_lib/action.ts.
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { findSessionAccount, hashSessionToken } from '@/db/queries/sessions';
import { USER_ROLES, type UserRole } from '@/db/schema';
import { readSessionToken } from './session';

export type Role = UserRole;
export const ROLES = USER_ROLES;

export interface SessionUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
}

/** The header proxy.ts sets on /admin requests to the path and query asked for. */
export const PATH_HEADER = 'x-laurels-path';

/**
 * The signed-in user, or null. Verified against the database on every request (the session exists, has not
 * expired, and its account is not disabled); memoised for the rest of one server render.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  return findSessionAccount(getDb(), hashSessionToken(token), new Date());
});

/** True when `user` may do what `role` may: an admin may do everything an editor may. */
export function hasRole(user: SessionUser, role: Role): boolean {
  return user.role === 'admin' || user.role === role;
}

/**
 * For admin pages and layouts: the signed-in user with at least `role`. Anyone else is sent to sign in
 * (and brought back afterwards); an editor on an admin-only page gets the 403 page (app/admin/forbidden.tsx:
 * "You need an admin account for this page"), see refuseRole.
 */
export async function requireUser(role: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(await requestedPath())}`);
  if (!hasRole(user, role)) refuseRole();
  return user;
}

/**
 * A 403 through forbidden() when next.config.js enables experimental.authInterrupts (Next.js then sets this
 * variable at build time); without it forbidden() would throw a 500, so the editor is sent to the admin home,
 * which says why (app/admin/page.tsx).
 */
function refuseRole(): never {
  if (process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS) forbidden();
  redirect(`/admin?denied=admin`);
}

async function requestedPath(): Promise<string> {
  const path = (await headers()).get(PATH_HEADER);
  return path?.startsWith('/admin') ? path : '/admin';
}

/** How audit entries and status events name a person: 'user:<id>'. */
export function actorOf(user: SessionUser): string {
  return `user:${user.id}`;
}
