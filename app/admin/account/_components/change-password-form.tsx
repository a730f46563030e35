'use client';
// The form to change one's own password: the current one, then the new one twice. Posted without
// JavaScript too; a refusal says which field, and no password is ever sent back into the form.
import { useActionState } from 'react';
import { FieldError } from '@/app/login/_components/field-error';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/app/_lib/password-rules';
import { changeOwnPasswordAction } from '../actions';

const FIELDS = [
  { name: 'current', id: 'password-current', label: 'Current password', autoComplete: 'current-password' },
  {
    name: 'password',
    id: 'password-new',
    label: `New password (at least ${PASSWORD_MIN_LENGTH} characters)`,
    autoComplete: 'new-password',
  },
  { name: 'repeat', id: 'password-repeat', label: 'The new password again', autoComplete: 'new-password' },
] as const;

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, formAction, isPending] = useActionState(changeOwnPasswordAction, null);
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  return (
    // A new key after each answer empties the fields: a password is never kept in the page.
    <form noValidate action={formAction} key={state ? JSON.stringify(state) : 'new'} className="auth-form">
      {state ? (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'notice' : 'form-error'}>
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="email" value={email} autoComplete="username" />
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.id}>{field.label}</label>
          <input
            id={field.id}
            name={field.name}
            type="password"
            autoComplete={field.autoComplete}
            required
            minLength={field.name === 'current' ? undefined : PASSWORD_MIN_LENGTH}
            maxLength={PASSWORD_MAX_LENGTH}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={errors[field.name] ? `${field.id}-error` : undefined}
          />
          <FieldError id={`${field.id}-error`} messages={errors[field.name]} />
        </div>
      ))}
      <button type="submit" disabled={isPending}>
        {isPending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
