// Every award in the catalogue, with its kind and number of editions, each linking to its admin page,
// and the way to add a new one.
import { DeletedNotice } from '@/app/admin/_delete/deleted-notice';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { ScrollRegion } from '@/app/_components/scroll-region';
import { getDb } from '@/db/client';
import { listAwardsForAdmin } from '@/db/queries/award-admin';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Awards', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminAwardsPage({ searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const awards = await listAwardsForAdmin(getDb());
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Awards' }]} />
      <h1>Awards</h1>
      <DeletedNotice search={await searchParams} />
      <p>
        <Link href="/admin/awards/new">New award</Link>
      </p>
      {awards.length ? (
        <ScrollRegion label="Awards">
          <table>
            <thead>
              <tr>
                <th scope="col">Award</th>
                <th scope="col">Kind</th>
                <th scope="col">Editions</th>
              </tr>
            </thead>
            <tbody>
              {awards.map((award) => (
                <tr key={award.slug}>
                  <td>
                    <Link href={`/admin/awards/${award.slug}`}>{award.name}</Link>
                  </td>
                  <td>{award.kind === 'festival' ? 'Festival' : 'Ceremony'}</td>
                  <td>{award.editionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="notice">No award yet.</p>
      )}
    </>
  );
}
