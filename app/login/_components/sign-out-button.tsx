'use client';
// The sign-out button of the admin bar: a form posting to signOutAction, which works with or without
// JavaScript. Should signing out fail, the message is announced beside the button.
import { useActionState } from 'react';
import { signOutAction } from '../actions';

export function SignOutButton() {
  const [state, formAction, isPending] = useActionState(signOutAction, null);
  return (
    <form action={formAction} className="sign-out">
      <button type="submit" disabled={isPending}>
        Sign out
      </button>
      {state && !state.ok ? (
        <span role="alert" className="form-error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
