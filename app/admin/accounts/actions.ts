'use server';
// The accounts page's one Server Action, for admins only (guardedAction checks the session, the role and
// the form first): make an account an admin or an editor, or disable or enable it. The write, its audit
// entry and the rule that keeps one admin able to sign in are db/queries/users.ts updateAccount. An admin
// cannot change their own role or disable themselves here: one click would lock them out of this page,
// and only another admin (or the command line) could let them back in.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { EMAIL_MAX_LENGTH, normalizeEmail, updateAccount, type AccountChange } from '@/db/queries/users';
import { USER_ROLES } from '@/db/schema';

const accountChangeSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('role'),
    email: z.string().max(EMAIL_MAX_LENGTH),
    role: z.enum(USER_ROLES, { error: 'Choose admin or editor.' }),
  }),
  z.object({ intent: z.enum(['disable', 'enable']), email: z.string().max(EMAIL_MAX_LENGTH) }),
]);

export const updateAccountAction = guardedAction(
  'admin',
  accountChangeSchema,
  async (input, user) => {
    if (normalizeEmail(input.email) === normalizeEmail(user.email)) {
      return {
        ok: false as const,
        message:
          'You cannot change your own role or disable your own account: ask another admin, or use ' +
          '“npm run laurels -- admin” on the server.',
      };
    }
    const change: AccountChange =
      input.intent === 'role' ? { role: input.role } : { disabled: input.intent === 'disable' };
    const account = updateAccount(getDb(), input.email, change, actorOf(user));
    revalidatePath('/admin/accounts');
    const what =
      input.intent === 'role'
        ? `is ${account.role === 'admin' ? 'an admin' : 'an editor'}`
        : account.disabledAt
          ? 'is disabled: it cannot sign in, and its sessions are ended'
          : 'can sign in again';
    return { ok: true as const, message: `${account.email} ${what}.` };
  },
  'updateAccountAction',
);
