// An Atom or RSS document of status changes, written by the `feed` library (which escapes the XML and
// lays out the required elements of each format). An entry's title and summary are written as HTML
// (Atom type="html", in CDATA), so the text goes in escaped: a film titled "<b>" is shown as that text
// by a feed reader, never as markup, and no title can close the CDATA section early. Entry ids are UUIDs
// named by the installation and the status event, so an entry keeps its id however the pages' addresses
// change, whichever feed (award, edition, film) shows it, and whichever host name the reader uses.
import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import type { FollowEvent } from '@/db/queries/follow-events';
import type { FollowTarget } from '@/db/queries/follow-scope';
import { eventSummary, eventTitle } from './event-text';

export interface FeedPlace {
  /** "https://laurels.example" */
  origin: string;
  /** The feed's address without its extension ("/feeds/films/13th"). */
  basePath: string;
  /** The database's own name (db/queries/settings.ts getInstallationId), which entry ids are built on. */
  installationId: string;
}

/**
 * A name-based UUID (version 5, RFC 9562) of the status event, as a URN: its namespace is the
 * installation's id (16 random bytes, migration 0016), its name "status-event/<id>".
 */
export function eventId(installationId: string, eventId: number): string {
  const namespace = Buffer.from(installationId, 'hex');
  const hash = createHash('sha1').update(namespace).update(`status-event/${eventId}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function eventLink(origin: string, event: FollowEvent): string {
  return `${origin}/awards/${event.awardSlug}/${event.editionSlug}#category-${event.categorySlug}`;
}

/**
 * Plain text as HTML that shows exactly that text, escaping only what HTML would read as markup: "&"
 * before what could be a character reference, "<" before what could be a tag, and the "]]>" that would
 * end the CDATA section the text is written in. A reader that takes an RSS title as plain text, as some
 * do, then shows "Nai Nai & Wài Pó" or "A > B" as written, not "&amp;" or "&gt;".
 */
function textAsHtml(text: string): string {
  return text
    .replace(/&(?=[#\p{L}\p{N}])/gu, '&amp;')
    .replace(/<(?=[\p{L}/!?])/gu, '&lt;')
    .replace(/]]>/g, ']]&gt;');
}

/**
 * What the feed follows: a film by name ("13th (2016)"), a person with the films credited to them (follow-scope.ts),
 * an award or an edition as "the …".
 */
function followedName({ scope, title }: FollowTarget): string {
  if (scope.kind === 'person') return `${title} and of the films credited to them`;
  return scope.kind === 'film' ? title : `the ${title}`;
}

export function buildFeed(target: FollowTarget, events: readonly FollowEvent[], place: FeedPlace): Feed {
  const { origin, basePath, installationId } = place;
  const newest = events[0];
  const feed = new Feed({
    id: `${origin}${basePath}.atom`,
    title: target.scope.kind === 'all' ? target.title : `${target.title}: status changes (Laurels)`,
    description:
      target.scope.kind === 'all'
        ? 'Every nomination, shortlisting and win recorded in Laurels, newest first, each with its source.'
        : `Nominations, shortlistings and wins of ${followedName(target)} as Laurels records them, newest first, each with its source.`,
    link: `${origin}${target.path}`,
    language: 'en',
    // An empty feed has no change to date itself by; it is then as fresh as this response.
    updated: newest ? new Date(newest.recordedAt) : new Date(),
    // Atom wants an author of the feed or of every entry; RSS's item author must be an e-mail, so none there.
    author: { name: 'Laurels', link: origin },
    copyright: 'Facts as reported by the cited sources.',
    generator: 'Laurels',
    feedLinks: { atom: `${origin}${basePath}.atom`, rss: `${origin}${basePath}.rss` },
  });
  for (const event of events) {
    feed.addItem({
      title: textAsHtml(eventTitle(event)),
      id: eventId(installationId, event.id),
      guid: eventId(installationId, event.id),
      link: eventLink(origin, event),
      date: new Date(event.recordedAt),
      description: textAsHtml(eventSummary(event)),
    });
  }
  return feed;
}
