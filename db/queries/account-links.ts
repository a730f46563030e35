// One-time links to set a password (schema: account_links). An admin adds an account, or asks for a reset of
// a forgotten password, and hands the link over; its holder chooses the password, so no admin ever knows
// it. A link works once, for LINK_LIFETIME_MS, and a newer link for the same account replaces an older
// one. Setting the password ends the account's sessions (setUserPassword), as any reset does.
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { accountLinks, users, type UserRole } from '../schema';
import { recordAudit } from './audit';
import { hashSessionToken } from './sessions';
import { AccountError, createUser, getUserByEmail, normalizeEmail, setUserPassword } from './users';

export const LINK_LIFETIME_MS = 3 * 24 * 60 * 60 * 1000;
export type AccountLinkPurpose = (typeof accountLinks.$inferSelect)['purpose'];

/** A new link's token (for the address) and when it stops working. */
export interface IssuedLink {
  token: string;
  expiresAt: Date;
  email: string;
}

function issue(tx: Executor, userId: number, purpose: AccountLinkPurpose, now: Date): Omit<IssuedLink, 'email'> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS);
  // One link per account at a time, and none kept past its use or its time.
  tx.delete(accountLinks).where(eq(accountLinks.userId, userId)).run();
  tx.delete(accountLinks).where(lte(accountLinks.expiresAt, now.toISOString())).run();
  tx.insert(accountLinks)
    .values({
      id: hashSessionToken(token),
      userId,
      purpose,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })
    .run();
  return { token, expiresAt };
}

export interface Invitation {
  email: string;
  name?: string | null;
  role: UserRole;
  actor: string;
  now: Date;
}

/**
 * Adds an account that cannot sign in until its holder sets a password through the link returned. Its
 * stored hash is `unusableHash` (a hash of a random secret nobody keeps), so no password matches it.
 */
export function inviteAccount(db: Executor, invitation: Invitation, unusableHash: string): IssuedLink {
  return writeTransaction(db, (tx) => {
    const user = createUser(
      tx,
      { email: invitation.email, name: invitation.name, role: invitation.role, passwordHash: unusableHash },
      invitation.actor,
    );
    return { ...issue(tx, user.id, 'invite', invitation.now), email: user.email };
  });
}

/** A link for an existing account to choose a new password; its current password works until then. */
export function issueResetLink(db: Executor, email: string, actor: string, now: Date): IssuedLink {
  return writeTransaction(db, (tx) => {
    const user = getUserByEmail(tx, email);
    if (!user) throw new AccountError(`There is no account for ${normalizeEmail(email)}.`);
    if (user.disabledAt) throw new AccountError(`${user.email} is disabled: enable it first.`);
    const link = issue(tx, user.id, 'reset', now);
    recordAudit(tx, {
      actor,
      action: 'user.reset-link',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, expiresAt: link.expiresAt.toISOString() },
    });
    return { ...link, email: user.email };
  });
}

/** The account a link is for, while the link can still be used (and the account may sign in). */
export function findUsableLink(
  db: Executor,
  token: string,
  now: Date,
): { userId: number; email: string; name: string | null; purpose: AccountLinkPurpose } | undefined {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, purpose: accountLinks.purpose })
    .from(accountLinks)
    .innerJoin(users, eq(users.id, accountLinks.userId))
    .where(
      and(
        eq(accountLinks.id, hashSessionToken(token)),
        gt(accountLinks.expiresAt, now.toISOString()),
        isNull(users.disabledAt),
      ),
    )
    .get();
}

/** Sets the password the link's holder chose and spends the link; refused once it is spent or expired. */
export function useAccountLink(db: Executor, token: string, passwordHash: string, now: Date): { email: string } {
  return writeTransaction(db, (tx) => {
    const link = findUsableLink(tx, token, now);
    if (!link) throw new AccountError(EXPIRED_LINK);
    tx.delete(accountLinks)
      .where(eq(accountLinks.id, hashSessionToken(token)))
      .run();
    // The holder sets their own password: the audit log names them.
    const user = setUserPassword(tx, link.email, passwordHash, `user:${link.userId}`);
    return { email: user.email };
  });
}

export const EXPIRED_LINK = `This link has been used or has expired: a link sets a password once, within ${
  LINK_LIFETIME_MS / (24 * 60 * 60 * 1000)
} days. Ask an admin for a new one.`;
