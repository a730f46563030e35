// Server-side sessions. The browser holds a random token; only its SHA-256 is stored (sessions.id), so a
// copy of the database does not let anyone sign in. A session lasts 14 days from sign-in. Reading one writes
// nothing unless last_seen_at is 5 minutes old: every commit outdates the public page cache
// (db/page-cache.cjs), so admin page views must not write on each request. Expired rows are removed when
// someone signs in and when an expired token is presented.
import { createHash } from 'node:crypto';
import { eq, lte } from 'drizzle-orm';
import { writeIfFree, writeTransaction, type Executor } from '../client';
import { sessions, users, type UserRole } from '../schema';
import { recordAudit } from './audit';

export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
export const LAST_SEEN_INTERVAL_MS = 5 * 60 * 1000;

/** What is stored for a cookie token: its SHA-256 in hex. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  userId: number;
  tokenHash: string;
  now: Date;
  address?: string | null;
  userAgent?: string | null;
}

/** Opens a session (and records the sign-in), clearing out every session that has expired. */
export function createSession(db: Executor, input: NewSession): { expiresAt: Date } {
  const expiresAt = new Date(input.now.getTime() + SESSION_LIFETIME_MS);
  const now = input.now.toISOString();
  writeTransaction(db, (tx) => {
    tx.delete(sessions).where(lte(sessions.expiresAt, now)).run();
    tx.insert(sessions)
      .values({
        id: input.tokenHash,
        userId: input.userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: expiresAt.toISOString(),
        address: input.address ?? null,
        // A user agent is for recognising one's own sessions; a very long one is cut, not stored whole.
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      })
      .run();
    recordAudit(tx, {
      actor: `user:${input.userId}`,
      action: 'user.sign-in',
      entityType: 'user',
      entityId: input.userId,
      after: { address: input.address ?? null },
    });
  });
  return { expiresAt };
}

export interface SessionAccount {
  id: number;
  email: string;
  name: string | null;
  role: UserRole;
}

/**
 * The account signed in by a token, or null when the session is unknown, expired or its account is
 * disabled. Expired sessions are deleted on sight.
 */
export function findSessionAccount(db: Executor, tokenHash: string, now: Date): SessionAccount | null {
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, tokenHash))
    .get();
  if (!row) return null;
  // Both writes are housekeeping, done when the write lock is free: an expired session is refused either
  // way, and the last-seen time is refreshed on a later request.
  if (Date.parse(row.expiresAt) <= now.getTime()) {
    writeIfFree(db, () => db.delete(sessions).where(eq(sessions.id, tokenHash)).run());
    return null;
  }
  if (row.disabledAt) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) >= LAST_SEEN_INTERVAL_MS) {
    writeIfFree(db, () =>
      db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, tokenHash)).run(),
    );
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Ends a session and records the sign-out; false when there was no such session. */
export function endSession(db: Executor, tokenHash: string): boolean {
  return writeTransaction(db, (tx) => {
    const ended = tx.delete(sessions).where(eq(sessions.id, tokenHash)).returning({ userId: sessions.userId }).get();
    if (!ended) return false;
    recordAudit(tx, {
      actor: `user:${ended.userId}`,
      action: 'user.sign-out',
      entityType: 'user',
      entityId: ended.userId,
    });
    return true;
  });
}
