// "Follow": the Atom and RSS feeds of status changes and the .ics calendar of dates of an award, an
// edition, a film or a person. It also puts <link rel="alternate"> into the page head (React hoists <link>
// there), so feed readers discover the feeds from the page address alone. Relative addresses on purpose:
// generateMetadata's alternates would need an absolute origin, which a cached page cannot know (no
// metadataBase is configured, and Next.js would fall back to localhost).
import { FOLLOW_CONTENT_TYPES } from '@/app/feeds/_lib/paths';
import { getDb } from '@/db/client';
import { hasFollowDates } from '@/db/queries/follow-dates';
import type { FollowScope } from '@/db/queries/follow-scope';

interface Props {
  /** Where the feeds live, without the extension (see followPaths). */
  basePath: string;
  /** What is followed, for the feed titles readers show ("13th (2016)"). */
  name: string;
}

const mime = (type: string) => type.split(';')[0]!;

/** The feeds' <link rel="alternate">s, which React moves into the document's head. */
export function FeedDiscovery({ basePath, name }: Props) {
  return (
    <>
      <link
        rel="alternate"
        type={mime(FOLLOW_CONTENT_TYPES.atom)}
        href={`${basePath}.atom`}
        title={`${name}: status changes (Atom)`}
      />
      <link
        rel="alternate"
        type={mime(FOLLOW_CONTENT_TYPES.rss)}
        href={`${basePath}.rss`}
        title={`${name}: status changes (RSS)`}
      />
    </>
  );
}

/**
 * The calendar is offered only where there is a date to put in it: a calendar of none would be an empty
 * VCALENDAR, which RFC 5545 does not allow and some calendar apps refuse. Its address still answers, for
 * a calendar subscribed to before.
 */
export async function FollowLinks({ basePath, name, scope }: Props & { scope: FollowScope }) {
  const atom = mime(FOLLOW_CONTENT_TYPES.atom);
  const rss = mime(FOLLOW_CONTENT_TYPES.rss);
  const hasDates = await hasFollowDates(getDb(), scope);
  const follows = scope.kind === 'person' ? ` of ${name} and of the films credited to them` : '';
  return (
    <section aria-labelledby="follow-heading" className="follow-links">
      <FeedDiscovery basePath={basePath} name={name} />
      <h2 id="follow-heading">Follow</h2>
      <p className="muted">
        {`New nominations, shortlists and wins${follows} in your feed reader`}
        {hasDates
          ? '; dates in your calendar.'
          : '. No dates are recorded for these awards yet, so there is no calendar to add.'}
      </p>
      <ul>
        <li>
          <a href={`${basePath}.atom`} type={atom}>
            Atom feed
          </a>
        </li>
        <li>
          <a href={`${basePath}.rss`} type={rss}>
            RSS feed
          </a>
        </li>
        {hasDates ? (
          <li>
            <a href={`${basePath}.ics`} type="text/calendar" download>
              Calendar (.ics)
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
