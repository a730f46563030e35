// The home page: what Laurels is, the ceremonies ahead and just past, and the latest results. Rendered
// at /home/<today> (proxy.ts rewrites / there, see app/_lib/cached-views.ts) and cached per database
// version and day.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listLatestResults, listRecentEditions, listUpcomingEditions } from '@/db/queries/awards';
import { EditionCards } from '@/app/_components/award-edition-cards';
import { LatestResults } from '@/app/_components/award-latest-results';

export const homeMetadata: Metadata = { title: { absolute: 'Laurels: documentary awards tracker' } };

/** The home page as of `today` (a UTC date). */
export async function HomeView({ today }: { today: string }) {
  const db = getDb();
  const upcoming = await listUpcomingEditions(db, today);
  const recent = await listRecentEditions(db, today);
  const results = await listLatestResults(db);
  return (
    <>
      <h1>Laurels</h1>
      <p className="lede">
        Every festival and awards nomination for documentaries, from the first shortlist to the winner, each with the
        source that reported it.
      </p>
      <form action="/search" method="get" role="search" aria-label="Search Laurels" className="filters home-search">
        <label htmlFor="home-search">
          Search films, people and awards
          <input id="home-search" name="q" type="search" placeholder="e.g. lovers despot" />
        </label>
        <button type="submit">Search</button>
        <Link href="/awards">Browse all awards</Link>
      </form>
      <p>
        <Link href="/dashboard">The season dashboard</Link>: which documentaries are collecting nominations and wins
        across the circuit, and where each ceremony stands.
      </p>
      <div className="grid home-columns">
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">Upcoming ceremonies</h2>
          <EditionCards editions={upcoming} empty="No upcoming ceremony dates are recorded." />
        </section>
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent editions</h2>
          <EditionCards editions={recent} empty="No editions are recorded yet." />
        </section>
      </div>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">Latest results</h2>
        <LatestResults results={results} />
      </section>
      <p>
        <Link href="/awards">All awards</Link> · <Link href="/dashboard">Dashboard</Link> ·{' '}
        <Link href="/search">Search</Link>
      </p>
    </>
  );
}
