'use server';
// Changing one's own password, for any signed-in editor or admin: the current password first (checked
// under the same limits as a sign-in, so a borrowed session cannot guess it), then the new one twice, not
// too easy to guess.
// Every session of the account ends, as with any new password, and this browser gets a new one.
import { z } from 'zod';
import { guardedAction, type ActionResult } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import {
  hashPassword,
  newPasswordFields,
  PASSWORD_MAX_LENGTH,
  passwordProblem,
  typedTwice,
} from '@/app/_lib/passwords';
import { requestOrigin, startSession } from '@/app/_lib/session';
import { checkCredentials } from '@/app/login/sign-in';
import { getDb } from '@/db/client';
import { setUserPassword } from '@/db/queries/users';

const changePasswordSchema = z
  .object({ current: z.string().min(1, 'Type your current password.').max(PASSWORD_MAX_LENGTH), ...newPasswordFields })
  .refine(...typedTwice);

/** A limit reached here holds for signing in too, which the person on this form may not expect. */
const LIMIT_APPLIES_TO_SIGN_IN =
  'A wrong current password counts as a failed sign-in, so until then this account cannot sign in either; a password link from an admin lifts the limit.';

export const changeOwnPasswordAction = guardedAction(
  'editor',
  changePasswordSchema,
  async (input, user): Promise<ActionResult> => {
    const db = getDb();
    const origin = await requestOrigin();
    // The current password is checked as a sign-in is, under the same limits (app/login/sign-in.ts).
    const checked = await checkCredentials(
      db,
      { email: user.email, password: input.current },
      { address: origin.address, now: new Date() },
    );
    if (!checked.ok) {
      if (checked.limited) return { ok: false, message: `${checked.message} ${LIMIT_APPLIES_TO_SIGN_IN}` };
      const message = 'That is not your current password.';
      return { ok: false, message, fieldErrors: { current: [message] } };
    }
    const account = checked.user;
    // The same password again would change nothing but end every other session.
    if (input.password === input.current) {
      const message = 'That is your current password: choose a new one.';
      return { ok: false, message, fieldErrors: { password: [message] } };
    }
    const problem = passwordProblem(input.password, [account.email, account.name]);
    if (problem) return { ok: false, message: problem, fieldErrors: { password: [problem] } };
    setUserPassword(db, account.email, await hashPassword(input.password), actorOf(user), 'change');
    await startSession(account.id, origin);
    return {
      ok: true,
      message: 'Your password is changed. Anywhere else this account was signed in, it is not any more.',
    };
  },
  'changeOwnPasswordAction',
);
