// Checking a sign-in: the limits first (app work is cheap, hashing is not), then the password. Kept apart
// from the Server Action so a test can run it on a test database with a counting hasher and a fixed clock.
// An unknown email, a disabled account and a wrong password get the same message and take the same time
// (a decoy hash is verified), so the form does not tell anyone which addresses have accounts.
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { markLoginSucceeded, reserveLoginAttempt, type LimitScope } from '@/db/queries/login-attempts';
import type { SessionAccount } from '@/db/queries/sessions';
import { EMAIL_MAX_LENGTH, getUserByEmail, normalizeEmail } from '@/db/queries/users';
import { decoyPasswordHash, PASSWORD_MAX_LENGTH, scryptHasher, type PasswordHasher } from '../_lib/passwords';

export const WRONG_CREDENTIALS = 'That email and password do not match an account. Check both and try again.';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .max(EMAIL_MAX_LENGTH, 'That is too long for an email address.')
    .pipe(z.email('Enter an email address, such as name@example.org.')),
  password: z
    .string()
    .min(1, 'Enter your password.')
    .max(PASSWORD_MAX_LENGTH, `A password is at most ${PASSWORD_MAX_LENGTH} characters long.`),
  next: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export type SignInOutcome = { ok: true; user: SessionAccount } | { ok: false; message: string; limited: boolean };

export function limitMessage(scope: LimitScope, minutes: number): string {
  const who = scope === 'account' ? 'for this account' : 'from this address';
  return `Too many failed sign-ins ${who}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export interface SignInContext {
  address: string;
  now: Date;
  hasher?: PasswordHasher;
}

export async function checkCredentials(
  db: Executor,
  input: SignInInput,
  context: SignInContext,
): Promise<SignInOutcome> {
  const { address, now, hasher = scryptHasher } = context;
  const email = normalizeEmail(input.email);
  const reservation = reserveLoginAttempt(db, email, address, now);
  if (!reservation.allowed) {
    return { ok: false, limited: true, message: limitMessage(reservation.scope, reservation.retryAfterMinutes) };
  }
  const user = getUserByEmail(db, email);
  const usable = user && !user.disabledAt ? user : null;
  const matches = await hasher.verify(input.password, usable?.passwordHash ?? (await decoyPasswordHash(hasher)));
  if (!usable || !matches) return { ok: false, limited: false, message: WRONG_CREDENTIALS };
  markLoginSucceeded(db, reservation.attemptIds);
  return { ok: true, user: { id: usable.id, email: usable.email, name: usable.name, role: usable.role } };
}

const LOCAL_ORIGIN = 'http://laurels.invalid';

/**
 * Where to go after signing in: `next` when it is a path on this site, else /admin. Never another site: the
 * path is resolved against a dummy origin and must stay on it, and must not begin with `//` once
 * normalised (a browser would read that as another host).
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return '/admin';
  try {
    const url = new URL(next, LOCAL_ORIGIN);
    if (url.origin !== LOCAL_ORIGIN || url.pathname.startsWith('//') || url.pathname === '/login') return '/admin';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/admin';
  }
}
