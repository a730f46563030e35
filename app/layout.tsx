import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Laurels: documentary awards tracker', template: '%s · Laurels' },
  description:
    'Every festival and awards nomination for documentaries, from shortlist to winner, each with the source that reported it.',
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
            <form action="/search" method="get" role="search" className="nav-search">
              <label htmlFor="site-search" className="visually-hidden">
                Search films, people and awards
              </label>
              <input id="site-search" name="q" type="search" placeholder="Search films, people, awards" />
              <button type="submit">Search</button>
            </form>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Laurels keeps every documentary nomination with the source that reported it. Academy Awards data from{' '}
            <a href="https://github.com/DLu/oscar_data">DLu/oscar_data</a> (BSD-2-Clause).
          </p>
          <p>
            <Link href="/api">JSON API</Link> · <a href="/feeds/all.atom">Atom feed of every change</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
