// Every award Laurels tracks, with who gives it, its kind, how many editions we hold and their years.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listAwards } from '@/db/queries/awards';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'All awards',
  description: 'Every documentary award and festival Laurels tracks, with its editions over the years.',
};

const KIND_LABELS = { ceremony: 'Ceremony', festival: 'Festival' } as const;

function yearSpan(first: string | null, last: number | null): string {
  if (!first || last === null) return '–';
  return first === String(last) ? first : `${first}–${last}`;
}

export default async function AwardsPage() {
  const awards = await listAwards(getDb());
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Awards' }]} />
      <h1>All awards</h1>
      <p className="lede">The ceremonies and festivals whose documentary nominations Laurels keeps.</p>
      {awards.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Awards, with their editions</caption>
            <thead>
              <tr>
                <th scope="col">Award</th>
                <th scope="col">Given by</th>
                <th scope="col">Kind</th>
                <th scope="col">Editions</th>
                <th scope="col">Awards years</th>
              </tr>
            </thead>
            <tbody>
              {awards.map((award) => (
                <tr key={award.slug}>
                  <td>
                    <Link href={`/awards/${award.slug}`}>{award.name}</Link>
                  </td>
                  <td>{award.organization ?? ''}</td>
                  <td>{KIND_LABELS[award.kind]}</td>
                  <td>{award.editionCount}</td>
                  <td>{yearSpan(award.firstYearLabel, award.lastYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice">No awards are recorded yet.</p>
      )}
    </>
  );
}
