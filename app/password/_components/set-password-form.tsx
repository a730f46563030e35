'use client';
// The form a password link opens: the new password twice. Posted without JavaScript too; once the password
// is set, the action goes on to sign in.
import { useActionState } from 'react';
import { FieldError } from '@/app/login/_components/field-error';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/app/_lib/password-rules';
import { setPasswordAction } from '../actions';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, isPending] = useActionState(setPasswordAction, null);
  // A set password goes on to sign in (a redirect): an answer here is always a refusal.
  const refused = state && !state.ok ? state : null;
  const errors = refused?.fieldErrors ?? {};
  return (
    <form action={formAction} className="auth-form">
      {refused ? (
        <p role="alert" className="form-error">
          {refused.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} autoComplete="username" />
      <label htmlFor="password-new">New password (at least {PASSWORD_MIN_LENGTH} characters)</label>
      <input
        id="password-new"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        aria-invalid={errors.password ? true : undefined}
        aria-describedby={errors.password ? 'password-new-error' : undefined}
      />
      <FieldError id="password-new-error" messages={errors.password} />
      <label htmlFor="password-repeat">The same password again</label>
      <input
        id="password-repeat"
        name="repeat"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        aria-invalid={errors.repeat ? true : undefined}
        aria-describedby={errors.repeat ? 'password-repeat-error' : undefined}
      />
      <FieldError id="password-repeat-error" messages={errors.repeat} />
      <button type="submit" disabled={isPending}>
        Set password
      </button>
    </form>
  );
}
