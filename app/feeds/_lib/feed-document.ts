// An Atom or RSS document of status changes, written by the `feed` library (which escapes the XML and
// lays out the required elements of each format). An entry's title and summary are written as HTML
// (Atom type="html", in CDATA), so the text goes in escaped: a film titled "<b>" is shown as that text
// by a feed reader, never as markup, and no title can close the CDATA section early. Entry ids are tag:
// URIs of the status event, so an entry keeps its id however the pages' addresses change and whichever
// feed (award, edition, film) shows it.
import { Feed } from 'feed';
import type { FollowEvent } from '@/db/queries/follow-events';
import type { FollowTarget } from '@/db/queries/follow-scope';
import { eventSummary, eventTitle } from './event-text';

export interface FeedPlace {
  /** "https://laurels.example" */
  origin: string;
  /** The feed's address without its extension ("/feeds/films/13th"). */
  basePath: string;
}

// The date in a tag: URI only says when its authority (the host) minted ids; one fixed date keeps them stable.
const TAG_DATE = '2026';

export function eventId(origin: string, eventId: number): string {
  return `tag:${new URL(origin).hostname},${TAG_DATE}:laurels/status-event/${eventId}`;
}

function eventLink(origin: string, event: FollowEvent): string {
  return `${origin}/awards/${event.awardSlug}/${event.editionSlug}#category-${event.categorySlug}`;
}

// Text, not attributes: these three are all it takes, and an RSS reader that shows a title as plain text
// shows an apostrophe as itself rather than as &#39;.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Plain text as HTML that shows exactly that text. */
function textAsHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
}

/** A film or a person by name ("13th (2016)", "Ava DuVernay"); an award or an edition as "the …". */
function followedName({ scope, title }: FollowTarget): string {
  return scope.kind === 'film' || scope.kind === 'person' ? title : `the ${title}`;
}

export function buildFeed(target: FollowTarget, events: readonly FollowEvent[], place: FeedPlace): Feed {
  const { origin, basePath } = place;
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
      id: eventId(origin, event.id),
      guid: eventId(origin, event.id),
      link: eventLink(origin, event),
      date: new Date(event.recordedAt),
      description: textAsHtml(eventSummary(event)),
    });
  }
  return feed;
}
