'use client';
// The auto-apply threshold: a candidate that confirms or moves along a known fact with at least this
// confidence is applied by the job itself; below it, it waits in the review queue.
import { useActionState } from 'react';
import { FormControl } from '@/app/admin/awards/_components/form-control';
import { FormMessage } from '@/app/admin/_components/form-message';
import { setThresholdAction } from '../actions';

export function ThresholdForm({ threshold }: { threshold: number }) {
  const [state, formAction, isPending] = useActionState(setThresholdAction, null);
  const failed = state && !state.ok ? state : null;
  const value = failed?.values?.threshold ?? String(threshold);
  return (
    <form action={formAction} key={value} className="edit-form" aria-labelledby="threshold-heading" noValidate>
      <h2 id="threshold-heading">Applying candidates automatically</h2>
      <FormMessage state={state} />
      <FormControl
        id="auto-apply-threshold"
        label="Auto-apply threshold"
        hint="0 to 1. A candidate confirming or moving along a known nomination with at least this confidence is applied by itself; the rest wait for review."
        errors={failed?.fieldErrors?.threshold}
      >
        {(props) => (
          <input {...props} name="threshold" type="number" min={0} max={1} step={0.01} defaultValue={value} required />
        )}
      </FormControl>
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save threshold'}
      </button>
    </form>
  );
}
