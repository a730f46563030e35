'use client';
// Enable or disable one source: a one-button form (a plain form without JavaScript), whose answer is
// announced in a status line.
import { useActionState } from 'react';
import { FormMessage } from '@/app/admin/_components/form-message';
import { setSourceEnabledAction } from '../actions';

export function EnableToggle({ sourceId, enabled }: { sourceId: number; enabled: boolean }) {
  const [state, formAction, isPending] = useActionState(setSourceEnabledAction, null);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
      <button type="submit" disabled={isPending}>
        {enabled ? 'Disable source' : 'Enable source'}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
