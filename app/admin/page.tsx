// The admin home: the catalogue's editing sections, every edition with a ceremony date, newest first, each
// linking to its ceremony-night results screen, and the audit log.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { IsoDate } from '@/app/_components/award-date';
import { getDb } from '@/db/client';
import { listEditionsWithCeremony } from '@/db/queries/admin-editions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Admin home' };

interface AdminHomeProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdminHomePage({ searchParams }: AdminHomeProps) {
  const user = await requireUser('editor');
  const [editions, { denied }] = await Promise.all([listEditionsWithCeremony(getDb()), searchParams]);
  return (
    <>
      <h1>Admin</h1>
      {/* Where requireUser sends an editor from an admin-only page when forbidden() is not enabled. */}
      {denied === 'admin' ? (
        <p role="alert" className="notice">
          You need an admin account for that page.
        </p>
      ) : null}
      <p className="lede">
        Welcome{user.name ? `, ${user.name}` : ''}. Enter results as a ceremony happens; every change is kept in the{' '}
        <Link href="/admin/audit">audit log</Link>.
      </p>
      <h2 id="catalogue-heading">Catalogue</h2>
      <ul className="plain" aria-labelledby="catalogue-heading">
        <li>
          <Link href="/admin/awards">Awards, editions and categories</Link>: create and correct them, with their dates.
        </li>
        <li>
          <Link href="/admin/films">Films</Link> and <Link href="/admin/people">people</Link>: find, create, edit,
          credit and merge duplicates.
        </li>
        <li>
          <Link href="/admin/import">Import nominations from a CSV file</Link>, with a preview before anything is
          written. Each award, edition and film page here offers its nominations as CSV and JSON.
        </li>
      </ul>
      <h2 id="results-heading">Enter results</h2>
      {editions.length ? (
        <ul className="plain admin-editions" aria-labelledby="results-heading">
          {editions.map((edition) => (
            <li key={edition.id}>
              <Link href={`/admin/results/${edition.awardSlug}/${edition.slug}`}>{edition.name}</Link>{' '}
              <span className="muted">
                ceremony {edition.ceremonyDate ? <IsoDate value={edition.ceremonyDate} /> : null}
                {edition.resultsComplete ? ' · results complete' : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">No edition has a ceremony date yet.</p>
      )}
    </>
  );
}
