// Accounts: the admins and editors who keep the catalogue. Every change to an account is written with its
// audit entry in one transaction (entity type 'user'); the password hash itself never reaches the audit log.
// Hashing happens before these functions are called (app/_lib/passwords.ts), never inside a transaction,
// so the write lock is never held for the ~0.2 s a hash takes.
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { accountLinks, sessions, users, type User, type UserRole } from '../schema';
import { recordAudit } from './audit';
import { clearAccountFailures } from './login-attempts';

/** A refusal to show as it is: an account that exists already, or one that does not. */
export class AccountError extends Error {
  override name = 'AccountError';
}

/** The longest email address there can be (RFC 5321's path limit): the sign-in form takes no longer. */
export const EMAIL_MAX_LENGTH = 254;

/** One address is one account, whatever its case or surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function getUserByEmail(db: Executor, email: string): User | undefined {
  return db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}

export interface NewUser {
  email: string;
  name?: string | null;
  role: UserRole;
  passwordHash: string;
}

export function createUser(db: Executor, input: NewUser, actor: string): User {
  const email = normalizeEmail(input.email);
  return writeTransaction(db, (tx) => {
    if (getUserByEmail(tx, email)) throw new AccountError(`An account for ${email} already exists.`);
    const user = tx
      .insert(users)
      .values({ email, name: input.name?.trim() || null, role: input.role, passwordHash: input.passwordHash })
      .returning()
      .get();
    recordAudit(tx, {
      actor,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { email, name: user.name, role: user.role },
    });
    return user;
  });
}

/**
 * Replaces an account's password and ends all of its sessions, so that whoever knew the old password is
 * signed out everywhere: a 'reset' by an admin, the command line or a password link; a 'change' by the
 * account's holder, who knew the one before.
 */
export function setUserPassword(
  db: Executor,
  email: string,
  passwordHash: string,
  actor: string,
  how: 'reset' | 'change' = 'reset',
): User {
  const normalized = normalizeEmail(email);
  return writeTransaction(db, (tx) => {
    const user = getUserByEmail(tx, normalized);
    if (!user) throw new AccountError(`There is no account for ${normalized}.`);
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    const ended = tx.delete(sessions).where(eq(sessions.userId, user.id)).run().changes;
    clearAccountFailures(tx, normalized, new Date());
    recordAudit(tx, {
      actor,
      action: `user.password-${how}`,
      entityType: 'user',
      entityId: user.id,
      after: { email: normalized, sessionsEnded: ended },
    });
    return { ...user, passwordHash };
  });
}

/** What an admin may change of an account besides its password: its role, and whether it may sign in. */
export interface AccountChange {
  role?: UserRole;
  disabled?: boolean;
}

/**
 * Changes an account's role, or disables or enables it, with its audit entry. A disabled account is
 * signed out everywhere at once (its sessions end) and cannot sign in; its past changes keep its name in
 * the audit log. The last admin who can sign in is never demoted or disabled: nobody could manage the
 * accounts afterwards but from the command line.
 */
export function updateAccount(db: Executor, email: string, change: AccountChange, actor: string): User {
  const normalized = normalizeEmail(email);
  return writeTransaction(db, (tx) => {
    const user = getUserByEmail(tx, normalized);
    if (!user) throw new AccountError(`There is no account for ${normalized}.`);
    const patch: Partial<Pick<User, 'role' | 'disabledAt'>> = {};
    if (change.role && change.role !== user.role) patch.role = change.role;
    if (change.disabled !== undefined && change.disabled !== (user.disabledAt !== null)) {
      patch.disabledAt = change.disabled ? new Date().toISOString() : null;
    }
    if (!Object.keys(patch).length) return user;
    const staysAdmin = (patch.role ?? user.role) === 'admin' && (patch.disabledAt ?? user.disabledAt) === null;
    if (user.role === 'admin' && user.disabledAt === null && !staysAdmin && activeAdmins(tx) === 1) {
      throw new AccountError(
        `${normalized} is the only admin who can sign in: make another account an admin first, so someone can still manage the accounts.`,
      );
    }
    const updated = tx.update(users).set(patch).where(eq(users.id, user.id)).returning().get();
    const ended = patch.disabledAt ? tx.delete(sessions).where(eq(sessions.userId, user.id)).run().changes : 0;
    // A password link made before cannot open the account again.
    if (patch.disabledAt) tx.delete(accountLinks).where(eq(accountLinks.userId, user.id)).run();
    recordAudit(tx, {
      actor,
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      before: Object.fromEntries(Object.keys(patch).map((key) => [key, user[key as keyof typeof patch]])),
      after: { ...patch, ...(ended ? { sessionsEnded: ended } : {}) },
    });
    return updated;
  });
}

function activeAdmins(tx: Executor): number {
  return tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
    .get()!.n;
}

export type UserSummary = Pick<User, 'id' | 'email' | 'name' | 'role' | 'createdAt' | 'disabledAt'>;

export function listUsers(db: Executor): UserSummary[] {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .orderBy(asc(users.email))
    .all();
}
