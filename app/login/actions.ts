'use server';
// Signing in and out, which anyone may call without a session (publicAction, as is choosing a password
// through a one-time link, app/password/actions.ts); both only ever affect the caller's own session.
// Signing in checks the limits before any hashing (./sign-in.ts), then opens a session and goes back to the
// page that asked for it.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAction } from '@/app/_lib/action';
import { endCurrentSession, requestOrigin, startSession } from '@/app/_lib/session';
import { getDb } from '@/db/client';
import { checkCredentials, safeNextPath, signInSchema } from './sign-in';

export const signInAction = publicAction('signInAction', signInSchema, async (input) => {
  const origin = await requestOrigin();
  const outcome = await checkCredentials(getDb(), input, { address: origin.address, now: new Date() });
  if (!outcome.ok) return { ok: false, message: outcome.message, values: { email: input.email } };
  await startSession(outcome.user.id, origin);
  redirect(safeNextPath(input.next));
});

export const signOutAction = publicAction('signOutAction', z.object({}), async () => {
  await endCurrentSession();
  redirect('/login?signed-out=1');
});
