'use client';
// What an account link action answered: the sentence, and the link itself in a read-only field that
// selects itself on focus, for the admin to copy and send; or the refusal.
import type { ActionResult } from '@/app/_lib/action';

export function LinkAnswer({ state, id }: { state: ActionResult<{ link: string }> | null; id: string }) {
  if (!state) return null;
  if (!state.ok) {
    return (
      <p role="alert" className="form-error">
        {state.message}
      </p>
    );
  }
  return (
    <div role="status" className="form-ok">
      <p>{state.message}</p>
      {state.data ? (
        <p>
          <label htmlFor={id}>Password link</label>{' '}
          <input
            id={id}
            type="text"
            readOnly
            value={state.data.link}
            size={60}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      ) : null}
    </div>
  );
}
