// Server Actions are public POST endpoints, so every one is built through this module and cannot forget
// its guard. guardedAction(role, schema, handler, name) returns an action that, in this order:
//   1. checks the session and the role (anonymous callers, and editors calling an admin action, get
//      { ok: false, message } and nothing else runs);
//   2. validates the form with zod (safeParse of the form as an object, see formDataToObject) and returns
//      field-level messages when it does not pass;
//   3. runs the handler with the parsed input and the user;
//   4. turns a known error (StatusChangeError, AccountError, ActionError, any error with `userFacing =
//      true`, the write lock held by another process past the busy timeout) into { ok: false, message };
//      anything else is logged on the server and the user sees a generic message, never a stack trace.
//      redirect()/notFound() from the handler pass through.
// Registry: every action built here is recorded with its name and who may call it (listRegisteredActions,
// actionInfo). The few actions anyone may call (signing in and out, setting a password by link) are built
// with publicAction, so they are listed too, and a test can import every 'use server' module, check that
// each export is registered, and prove that each guarded one refuses an anonymous caller and, where
// admin-only, an editor.
// The returned action has the (previous state, form) shape of useActionState, and also accepts a bare form
// as its first argument, so it can be a plain <form action> too.
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { isBusyError } from '@/db/client';
import { AccountError } from '@/db/queries/users';
import { StatusChangeError } from '@/db/queries/nominations';
import { currentUser, hasRole, type Role, type SessionUser } from './auth';
import { formDataToObject, type FormObject } from './form-data';

export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | {
      ok: false;
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** Entries to put back into the form after a refusal (never a password). */
      values?: Record<string, string>;
    };

export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** Who may call an action: at least this role, or anyone ('public': signing in and out, a password link). */
export type ActionAccess = Role | 'public';
export interface ActionInfo {
  name: string;
  access: ActionAccess;
}

/** A refusal whose message is meant for the user (a rule, a conflict, a missing record). */
export class ActionError extends Error {
  override name = 'ActionError';
  readonly userFacing = true;
}

export const MESSAGES = {
  signIn: 'You need to sign in to do this. Your session may have ended: sign in again and retry.',
  adminOnly: 'You need an admin account to do this.',
  invalid: 'Some fields need attention: see the messages beside them.',
  failed: 'Something went wrong and nothing was changed. Please try again; if it keeps failing, tell an admin.',
  busy: 'The database was busy with a long write (an import, most likely) and nothing was changed. Try again in a moment.',
} as const;

const registry = new Map<(...args: never[]) => unknown, ActionInfo>();

export function actionInfo(action: unknown): ActionInfo | undefined {
  return registry.get(action as (...args: never[]) => unknown);
}

export function listRegisteredActions(): (ActionInfo & { action: FormAction<unknown> })[] {
  return [...registry].map(([action, info]) => ({ ...info, action: action as FormAction<unknown> }));
}

type Handler<S extends z.ZodType, T, U> = (input: z.infer<S>, user: U) => Promise<ActionResult<T>> | ActionResult<T>;

export function guardedAction<S extends z.ZodType, T>(
  role: Role,
  schema: S,
  handler: Handler<S, T, SessionUser>,
  name: string = handler.name || 'anonymous action',
): FormAction<T> {
  // defineAction has checked the session and the role before the handler runs, so `user` is there.
  return defineAction({ name, access: role }, schema, (input, user) => handler(input, user!));
}

/** An action anyone may call (signing in and out, a password link); the handler gets the user if one is signed in. */
export function publicAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T, SessionUser | null>,
): FormAction<T> {
  return defineAction({ name, access: 'public' }, schema, handler);
}

function defineAction<S extends z.ZodType, T>(
  info: ActionInfo,
  schema: S,
  run: Handler<S, T, SessionUser | null>,
): FormAction<T> {
  const action: FormAction<T> = async (previous, formData) => {
    const form = formData ?? (previous instanceof FormData ? previous : new FormData());
    const user = await currentUser();
    const fields = formDataToObject(form);
    // The role check runs before validation, so a refused caller learns nothing about the inputs; what
    // they typed goes back to them all the same (a session that ended mid-form loses no text).
    if (info.access !== 'public' && (!user || !hasRole(user, info.access))) {
      return { ok: false, message: user ? MESSAGES.adminOnly : MESSAGES.signIn, values: typedValues(fields) };
    }
    const parsed = schema.safeParse(fields);
    if (!parsed.success) return invalidResult(parsed.error, fields);
    try {
      return await run(parsed.data, user);
    } catch (error) {
      unstable_rethrow(error);
      return failedResult(info.name, error);
    }
  };
  registry.set(action, info);
  return action;
}

/** Field names whose entries are never sent back to the browser. */
const SECRET_FIELD = /password|secret|token/i;

/**
 * The form's entries as typed, passwords and tokens left out: sent back with a refusal so that the form
 * (React resets it after its action, and a form posted without JavaScript is a new page) shows them again.
 */
function typedValues(fields: FormObject): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !SECRET_FIELD.test(entry[0]),
    ),
  );
}

function invalidResult(error: z.ZodError, fields: FormObject): ActionResult<never> {
  const { formErrors, fieldErrors } = z.flattenError(error);
  return {
    ok: false,
    message: formErrors.length ? formErrors.join(' ') : MESSAGES.invalid,
    fieldErrors: fieldErrors as Record<string, string[]>,
    values: typedValues(fields),
  };
}

export function isUserFacingError(error: unknown): error is Error {
  return (
    error instanceof StatusChangeError ||
    error instanceof AccountError ||
    (error instanceof Error && (error as { userFacing?: unknown }).userFacing === true)
  );
}

function failedResult(name: string, error: unknown): ActionResult<never> {
  if (isUserFacingError(error)) return { ok: false, message: error.message };
  // The write lock was held past the busy timeout: a known, passing state, not a fault to log.
  if (isBusyError(error)) return { ok: false, message: MESSAGES.busy };
  console.error(`laurels: action ${name} failed:`, error);
  return { ok: false, message: MESSAGES.failed };
}
