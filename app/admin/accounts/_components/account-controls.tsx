'use client';
// One account's controls on the accounts page: its role (admin or editor), whether it may sign in, and a
// link to choose a new password (for a forgotten one). Each is a form of its own, posted without
// JavaScript too; the answer shows beside the account.
import { useActionState } from 'react';
import type { UserRole } from '@/db/schema';
import { updateAccountAction } from '../actions';
import { resetLinkAction } from '../link-actions';
import { LinkAnswer } from './link-answer';

interface Props {
  email: string;
  role: UserRole;
  isDisabled: boolean;
}

export function AccountControls({ email, role, isDisabled }: Props) {
  const [state, formAction, isPending] = useActionState(updateAccountAction, null);
  const [linkState, linkAction, isLinkPending] = useActionState(resetLinkAction, null);
  const id = `account-${email.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <div className="account-controls">
      <form action={formAction} className="inline-form">
        <input type="hidden" name="intent" value="role" />
        <input type="hidden" name="email" value={email} />
        <label htmlFor={`${id}-role`} className="visually-hidden">
          Role of {email}
        </label>
        <select id={`${id}-role`} name="role" defaultValue={role} key={role}>
          <option value="admin">Admin</option>
          <option value="editor">Editor</option>
        </select>{' '}
        <button type="submit" disabled={isPending} aria-label={`Save the role of ${email}`}>
          Save role
        </button>
      </form>
      <form action={formAction} className="inline-form">
        <input type="hidden" name="intent" value={isDisabled ? 'enable' : 'disable'} />
        <input type="hidden" name="email" value={email} />
        <button type="submit" disabled={isPending} aria-label={`${isDisabled ? 'Enable' : 'Disable'} ${email}`}>
          {isDisabled ? 'Enable' : 'Disable'}
        </button>
      </form>
      <form action={linkAction} className="inline-form">
        <input type="hidden" name="email" value={email} />
        <button type="submit" disabled={isLinkPending} aria-label={`Make a password link for ${email}`}>
          Password link
        </button>
      </form>
      <LinkAnswer state={linkState} id={`${id}-link`} />
      {state ? (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'form-ok' : 'form-error'}>
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
