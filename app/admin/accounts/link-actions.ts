'use server';
// Adding an account and making a password link, for admins only: each answers with a one-time link the
// admin hands to the account's holder, who chooses the password at /password (db/queries/account-links.ts).
// The link is shown once, here; only its hash is stored.
import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { hashPassword } from '@/app/_lib/passwords';
import { requestOrigin } from '@/app/_lib/public-origin';
import { getDb } from '@/db/client';
import { inviteAccount, issueResetLink, type IssuedLink } from '@/db/queries/account-links';
import { AccountError, EMAIL_MAX_LENGTH } from '@/db/queries/users';
import { USER_ROLES } from '@/db/schema';

const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Give the email address they sign in with.')
    .pipe(z.email('That is not an email address: write it as name@example.org.').max(EMAIL_MAX_LENGTH)),
  name: z.string().trim().max(200).optional(),
  role: z.enum(USER_ROLES, { error: 'Choose admin or editor.' }),
});

const resetSchema = z.object({ email: z.string().max(EMAIL_MAX_LENGTH) });

/** The link's address on the site as the admin reached it. */
async function linkAddress(link: IssuedLink): Promise<string> {
  const asked = await headers();
  const origin = requestOrigin(new Request(`http://${asked.get('host') ?? 'localhost'}/`, { headers: asked }));
  return `${origin}/password?token=${link.token}`;
}

const until = (link: IssuedLink) => `${link.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const inviteAccountAction = guardedAction(
  'admin',
  inviteSchema,
  async (input, user) => {
    // Until the link is used, the account's password is a secret nobody keeps: nothing signs in with it.
    const unusable = await hashPassword(randomBytes(32).toString('base64url'));
    let link: IssuedLink;
    try {
      link = inviteAccount(getDb(), { ...input, actor: actorOf(user), now: new Date() }, unusable);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      // An address already taken: the form shows again what was typed, to correct.
      return { ok: false as const, message: error.message, values: { ...input, name: input.name ?? '' } };
    }
    revalidatePath('/admin/accounts');
    return {
      ok: true as const,
      message: `Account added for ${link.email}. Send them this link to choose their password; it works once, until ${until(link)}.`,
      data: { link: await linkAddress(link) },
    };
  },
  'inviteAccountAction',
);

export const resetLinkAction = guardedAction(
  'admin',
  resetSchema,
  async (input, user) => {
    const link = issueResetLink(getDb(), input.email, actorOf(user), new Date());
    revalidatePath('/admin/accounts');
    return {
      ok: true as const,
      message: `Send ${link.email} this link to choose a new password; it works once, until ${until(link)}. Until it is used, a password they already have keeps working.`,
      data: { link: await linkAddress(link) },
    };
  },
  'resetLinkAction',
);
