'use client';
// Error boundaries must run in the browser. Shown when a page fails unexpectedly: a plain apology and
// a way to retry, never the error's message or stack (the server log keeps them, under the digest).
import Link from 'next/link';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{' '}
        or go to the <Link href="/">home page</Link>.
      </p>
      {digest ? <p className="muted">Reference for the site’s keepers: {digest}</p> : null}
    </>
  );
}
