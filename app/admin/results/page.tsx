// Where an editor picks the edition whose results to enter: the ceremonies ahead and those just held.
// Any other edition's screen is at /admin/results/<award>/<edition>, the public edition URL under /admin/results.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { IsoDate } from '@/app/_components/award-date';
import { getDb } from '@/db/client';
import { listRecentEditions, listUpcomingEditions } from '@/db/queries/awards';

export const metadata: Metadata = { title: 'Enter results', robots: { index: false } };

interface EditionLink {
  slug: string;
  name: string;
  ceremonyDate: string | null;
  awardSlug: string;
}

export default async function ResultsIndexPage() {
  await requireUser('editor');
  const db = getDb();
  const today = new Date().toISOString().slice(0, 10);
  const upcoming = await listUpcomingEditions(db, today, 12);
  const recent = await listRecentEditions(db, today, 12);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Results' }]} />
      <h1>Enter results</h1>
      <p className="lede">
        Pick an edition. Any edition&apos;s results screen is its public address under <code>/admin/results</code>, e.g.{' '}
        <Link href="/admin/results/ida-documentary-awards/2016">/admin/results/ida-documentary-awards/2016</Link>.
      </p>
      <div className="grid home-columns">
        <EditionList id="results-upcoming" title="Upcoming ceremonies" editions={upcoming} />
        <EditionList id="results-recent" title="Recent editions" editions={recent} />
      </div>
    </>
  );
}

function EditionList({ id, title, editions }: { id: string; title: string; editions: readonly EditionLink[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {editions.length ? (
        <ul className="plain">
          {editions.map((edition) => (
            <li key={`${edition.awardSlug}/${edition.slug}`}>
              <Link href={`/admin/results/${edition.awardSlug}/${encodeURIComponent(edition.slug)}`}>
                {edition.name}
              </Link>
              {edition.ceremonyDate ? (
                <span className="muted">
                  {' '}
                  · <IsoDate value={edition.ceremonyDate} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None recorded.</p>
      )}
    </section>
  );
}
