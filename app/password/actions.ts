'use server';
// Choosing a password through a one-time link (db/queries/account-links.ts). Public, as signing in is: the
// caller has no session yet, and the link's token is what proves who they are. It only ever sets the
// password of the account the link was made for, once.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAction } from '@/app/_lib/action';
import { PASSWORD_SET_LOGIN } from '@/app/login/login-view';
import { hashPassword, newPasswordFields, passwordProblem, typedTwice } from '@/app/_lib/passwords';
import { getDb } from '@/db/client';
import { EXPIRED_LINK, findUsableLink, useAccountLink } from '@/db/queries/account-links';

const setPasswordSchema = z.object({ token: z.string().min(1).max(100), ...newPasswordFields }).refine(...typedTwice);

export const setPasswordAction = publicAction('setPasswordAction', setPasswordSchema, async (input) => {
  // The token first: judging the password and hashing it cost the server a good deal, and must not be had
  // for a made-up link.
  const link = findUsableLink(getDb(), input.token, new Date());
  if (!link) return { ok: false as const, message: EXPIRED_LINK };
  const problem = passwordProblem(input.password, [link.email, link.name]);
  if (problem) return { ok: false as const, message: problem, fieldErrors: { password: [problem] } };
  useAccountLink(getDb(), input.token, await hashPassword(input.password), new Date());
  // On to sign in, which says the password is set: the link is spent now, so this page, rendered again
  // for a form posted without JavaScript, could only say that it has expired.
  redirect(PASSWORD_SET_LOGIN);
});
