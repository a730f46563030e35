'use client';
// "Add an account": the email, a name, the role; the answer is the one-time link its holder chooses a
// password with. Posted without JavaScript too.
import { useActionState } from 'react';
import { inviteAccountAction } from '../link-actions';
import { LinkAnswer } from './link-answer';

export function InviteAccountForm() {
  const [state, formAction, isPending] = useActionState(inviteAccountAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // After a refusal the form shows again what was typed (React empties a form after its action).
  const typed = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form
      noValidate
      action={formAction}
      className="edit-form"
      aria-labelledby="invite-heading"
      key={JSON.stringify(typed)}
    >
      <h2 id="invite-heading">Add an account</h2>
      <p className="muted">
        You get a link to send them: they choose their own password with it, so nobody else ever knows it.
      </p>
      <p className="form-field">
        <label htmlFor="invite-email">Email</label>
        <input id="invite-email" name="email" type="email" required autoComplete="off" defaultValue={typed.email} />
        {errors.email ? <span className="field-error">{errors.email.join(' ')}</span> : null}
      </p>
      <p className="form-field">
        <label htmlFor="invite-name">Name (optional)</label>
        <input id="invite-name" name="name" type="text" maxLength={200} autoComplete="off" defaultValue={typed.name} />
      </p>
      <p className="form-field">
        <label htmlFor="invite-role">Role</label>
        <select id="invite-role" name="role" defaultValue={typed.role ?? 'editor'}>
          <option value="editor">Editor</option>
          <option value="admin">Admin</option>
        </select>
      </p>
      <button type="submit" disabled={isPending}>
        Add account
      </button>
      <LinkAnswer state={state} id="invite-link" />
    </form>
  );
}
