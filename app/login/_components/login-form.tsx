'use client';
// The sign-in form. A plain form post to the Server Action when JavaScript is off (the page comes back with
// the message); with JavaScript, useActionState shows the message without a reload. Messages are announced
// (role=alert) and tied to their fields.
import { useActionState } from 'react';
import { signInAction } from '../actions';
import { FieldError } from './field-error';

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, isPending] = useActionState(signInAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} className="auth-form" aria-describedby={failed ? 'login-message' : undefined}>
      {failed ? (
        <p id="login-message" role="alert" className="form-error">
          {failed.message}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <label htmlFor="login-email">Email address</label>
      <input
        id="login-email"
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        // The key makes React take the returned address as the field's new starting value after a refusal.
        key={failed?.values?.email ?? ''}
        defaultValue={failed?.values?.email ?? ''}
        aria-invalid={errors.email ? true : undefined}
        aria-describedby={errors.email ? 'login-email-error' : undefined}
      />
      <FieldError id="login-email-error" messages={errors.email} />
      <label htmlFor="login-password">Password</label>
      <input
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={256}
        aria-invalid={errors.password ? true : undefined}
        aria-describedby={errors.password ? 'login-password-error' : undefined}
      />
      <FieldError id="login-password-error" messages={errors.password} />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
