// Sign-in attempts, for limiting password guessing: at most 5 failures per account and 20 per address in
// 15 minutes. An attempt is reserved (written as a failure) in the same write transaction that checks the
// limit, before any password is hashed, and marked as a success afterwards; so two guesses racing in
// parallel cannot both slip under the limit, and a refused attempt costs no hashing at all.
// A success clears the account's count (the owner got in), not the address's: an attacker signing in to
// an account of their own must not be able to reset the address limit between guesses at other accounts.
import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { loginAttempts } from '../schema';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_LIMITS = { account: 5, address: 20 } as const;
/** Rows older than this are of no further use to the limiter and are deleted. */
const KEEP_ATTEMPTS_MS = 24 * 60 * 60 * 1000;

export type LimitScope = keyof typeof LOGIN_LIMITS;

export type LoginReservation =
  { allowed: true; attemptIds: number[] } | { allowed: false; scope: LimitScope; retryAfterMinutes: number };

export function attemptKey(scope: LimitScope, value: string): string {
  return `${scope}:${value}`;
}

/** Minutes until the key is under its limit again, or null when it is under it now. */
function minutesUntilAllowed(tx: Executor, scope: LimitScope, key: string, now: number): number | null {
  let since = new Date(now - LOGIN_WINDOW_MS).toISOString();
  if (scope === 'account') {
    const success = tx
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since)))
      .orderBy(asc(loginAttempts.at))
      .all()
      .at(-1);
    if (success) since = success.at;
  }
  const failures = tx
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)))
    .orderBy(asc(loginAttempts.at))
    .all();
  const limit = LOGIN_LIMITS[scope];
  if (failures.length < limit) return null;
  // The limit lifts when enough of the oldest failures have left the window.
  const freeing = failures[failures.length - limit]!;
  return Math.max(1, Math.ceil((Date.parse(freeing.at) + LOGIN_WINDOW_MS - now) / 60_000));
}

/**
 * Checks both limits and, when neither is reached, records the attempt as a failure for the account and
 * the address (to be marked as a success by markLoginSucceeded). A refused attempt records nothing.
 */
export function reserveLoginAttempt(db: Executor, email: string, address: string, now: Date): LoginReservation {
  const keys = { account: attemptKey('account', email), address: attemptKey('address', address) };
  return writeTransaction(db, (tx) => {
    tx.delete(loginAttempts)
      .where(lt(loginAttempts.at, new Date(now.getTime() - KEEP_ATTEMPTS_MS).toISOString()))
      .run();
    for (const scope of ['account', 'address'] as const) {
      const retryAfterMinutes = minutesUntilAllowed(tx, scope, keys[scope], now.getTime());
      if (retryAfterMinutes !== null) return { allowed: false, scope, retryAfterMinutes };
    }
    const at = now.toISOString();
    const attemptIds = Object.values(keys).map(
      (key) => tx.insert(loginAttempts).values({ key, at, succeeded: false }).returning().get().id,
    );
    return { allowed: true, attemptIds };
  });
}

/**
 * A new password set for the account (by its holder through a link or their own form, or by an operator)
 * clears its count of failed sign-ins, as a sign-in does: whoever set it proved they may. The address
 * count stays, as it does after a sign-in.
 */
export function clearAccountFailures(tx: Executor, email: string, now: Date): void {
  tx.insert(loginAttempts)
    .values({ key: attemptKey('account', email), at: now.toISOString(), succeeded: true })
    .run();
}

export function markLoginSucceeded(db: Executor, attemptIds: number[]): void {
  db.update(loginAttempts).set({ succeeded: true }).where(inArray(loginAttempts.id, attemptIds)).run();
}
