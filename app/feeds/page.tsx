// /feeds: what can be followed, for a reader who arrives from the footer or types the folder's address.
// The addresses come from followPaths (./_lib/paths.ts), the one place the route handlers and the Follow
// links read them from too.
import type { Metadata } from 'next';
import Link from 'next/link';
import { ScrollRegion } from '@/app/_components/scroll-region';
import { FOLLOW_EVENT_LIMIT } from '@/db/queries/follow-events';
import { followPaths } from './_lib/paths';

export const metadata: Metadata = {
  title: 'Feeds and calendars',
  description:
    'Follow documentary awards in a feed reader or a calendar: every change, or one award, edition, film or person.',
};

const SCOPES: { what: string; base: string; page: string }[] = [
  { what: 'An award: every edition of it', base: followPaths.award('{award}'), page: 'the award’s page' },
  { what: 'One edition of an award', base: followPaths.edition('{award}', '{edition}'), page: 'the edition’s page' },
  { what: 'A film: its nominations at every award', base: followPaths.film('{film}'), page: 'the film’s page' },
  {
    what: 'A person or company: theirs, and those of the films credited to them',
    base: followPaths.person('{person}'),
    page: 'their page',
  },
];

export default function FeedsPage() {
  const all = followPaths.all();
  return (
    <>
      <h1>Feeds and calendars</h1>
      <p className="lede">
        Follow the awards without coming back to look: new shortlists, nominations and wins reach your feed reader, and
        deadlines, announcements and ceremonies your calendar.
      </p>

      <h2>Everything</h2>
      <p>
        The latest {FOLLOW_EVENT_LIMIT} status changes Laurels recorded, at any award, newest first:{' '}
        <a href={`${all}.atom`}>Atom</a> or <a href={`${all}.rss`}>RSS</a>. Every feed holds its latest{' '}
        {FOLLOW_EVENT_LIMIT} changes: a reader that checks it before that many more arrive misses nothing.
      </p>

      <h2>One award, edition, film or person</h2>
      <p>
        Each of these pages has a Follow section with its own feeds, and its calendar once it has a date. The addresses
        are the page’s own name with a format at the end: <code>.atom</code> or <code>.rss</code> for the feed,{' '}
        <code>.ics</code> for the calendar.
      </p>
      <ScrollRegion label="Feed addresses">
        <table>
          <thead>
            <tr>
              <th scope="col">Follows</th>
              <th scope="col">Address</th>
              <th scope="col">Linked from</th>
            </tr>
          </thead>
          <tbody>
            {SCOPES.map((scope) => (
              <tr key={scope.base}>
                <td>{scope.what}</td>
                <td>
                  <code>{scope.base}.atom</code>
                </td>
                <td>{scope.page}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        For example, the <a href={`${followPaths.award('ida-documentary-awards')}.atom`}>IDA Documentary Awards</a> or
        the <a href={`${followPaths.film('13th-2016')}.atom`}>film 13th</a>. Find the award, film or person from{' '}
        <Link href="/awards">the awards</Link> or <Link href="/search">search</Link>.
      </p>
      <p>
        For the same data to read in a program, see the <Link href="/api">JSON API</Link>.
      </p>
    </>
  );
}
