'use client';
// "Read now": one read of the source that stores what is new and processes it, as the scheduled job
// would; the answer says what was read, stored, applied and queued for review.
import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/app/admin/_components/form-message';
import { readSourceNowAction } from '../actions';

export function ReadNowForm({ sourceId }: { sourceId: number }) {
  const [state, formAction, isPending] = useActionState(readSourceNowAction, null);
  return (
    <>
      <form action={formAction} className="inline-form">
        <input type="hidden" name="sourceId" value={sourceId} />
        <button type="submit" disabled={isPending}>
          {isPending ? 'Reading…' : 'Read now (store and process)'}
        </button>
      </form>
      <FormMessage state={state} />
      {state?.ok ? (
        <p>
          <Link href="/admin/review">Open the review queue</Link>
        </p>
      ) : null}
    </>
  );
}
