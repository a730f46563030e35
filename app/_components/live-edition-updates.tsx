// What makes an edition page follow its ceremony as it happens: while the edition is live (db/live-window.ts:
// the ceremony is about now and the results are not complete), the page listens for results with
// JavaScript and, without it, reloads itself every 30 seconds. Outside that window it renders nothing.
// The page is cached until the next database write, which the scheduled jobs make often enough for the
// window's edges; an admin entering results writes anyway.
import { isEditionLive, type LiveWindowEdition } from '@/db/live-window';
import { LiveRefresh } from './live-refresh';

type Props = { edition: LiveWindowEdition & { awardSlug: string; slug: string } };

export function LiveEditionUpdates({ edition }: Props) {
  if (!isEditionLive(edition)) return null;
  return (
    <>
      <LiveRefresh edition={`${edition.awardSlug}/${edition.slug}`} />
      <noscript>
        <meta httpEquiv="refresh" content="30" />
        <p className="notice">Results are being announced: this page reloads itself every 30 seconds.</p>
      </noscript>
    </>
  );
}
