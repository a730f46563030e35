import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AddressFormsReset } from './_components/address-forms-reset';
import { FeedDiscovery } from './_components/follow-links';
import { followPaths } from './feeds/_lib/paths';
import { shareMetadata, SITE_NAME } from './_lib/share-metadata';
import './globals.css';

const SITE_TITLE = 'Laurels: documentary awards tracker';
const SITE_DESCRIPTION =
  'Every festival and awards nomination for documentaries, from shortlist to winner, each with the source that reported it.';

// Pages without a card of their own (home, search, the dashboard) share the site's.
export const metadata: Metadata = {
  ...shareMetadata(SITE_TITLE, SITE_DESCRIPTION),
  title: { default: SITE_TITLE, template: `%s · ${SITE_NAME}` },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main" className="site-nav">
            <Link href="/" className="brand">
              Laurels
            </Link>
            <Link href="/awards">Awards</Link>
            <Link href="/dashboard">Dashboard</Link>
            <form action="/search" method="get" role="search" aria-label="Site search" className="nav-search">
              <label htmlFor="site-search" className="visually-hidden">
                Search films, people and awards
              </label>
              <input id="site-search" name="q" type="search" placeholder="Search films, people, awards" />
              <button type="submit">Search</button>
            </form>
          </nav>
        </header>
        <main id="main">{children}</main>
        {/* Every page names the feed of every change. A film's, award's, edition's or person's page names
            its own first (React hoists the links into the head in this order), so a reader given the page's
            address subscribes to that rather than to everything. */}
        <FeedDiscovery basePath={followPaths.all()} name={SITE_NAME} />
        <AddressFormsReset />
        <footer className="site-footer">
          <p>
            Laurels keeps every documentary nomination with the source that reported it. Academy Awards data from{' '}
            <a href="https://github.com/DLu/oscar_data">DLu/oscar_data</a> (BSD-2-Clause).
          </p>
          <p>
            <Link href="/films">Films A–Z</Link> · <Link href="/people">People A–Z</Link> ·{' '}
            <Link href="/sources">Sources cited</Link> · <Link href="/api">JSON API</Link> ·{' '}
            <Link href="/feeds">Feeds and calendars</Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
