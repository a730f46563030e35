// The 404 page for any unknown award, edition, film, person or source: says so plainly and offers a way on.
import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not found', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">
        The award, edition, film, person or source in this address is not in Laurels, or its address has changed.
      </p>
      <form action="/search" method="get" role="search" aria-label="Search Laurels" className="filters">
        <label htmlFor="not-found-search">
          Search films, people and awards
          <input id="not-found-search" name="q" type="search" />
        </label>
        <button type="submit">Search</button>
      </form>
      <p>
        <Link href="/awards">Browse all awards</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </>
  );
}
