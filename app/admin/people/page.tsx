// The admin index of people and companies: find one by the start of its name or an alias (folded) and
// open its edit page; with no words, the newest. Links to creating one.
import { DeletedNotice } from '@/app/admin/_delete/deleted-notice';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { FindForm, parseFindParams } from '@/app/admin/_components/admin-find';
import { FindResults } from '@/app/admin/_components/find-results';
import { getDb } from '@/db/client';
import { findByWords, findPeopleForAdmin } from '@/db/queries/admin-find';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'People', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const search = await searchParams;
  const { words, page } = parseFindParams(search);
  const found = await findPeopleForAdmin(getDb(), words, page);
  const listed = new Set(found.rows.map((row) => row.id));
  const others = words && page === 1 ? (await findByWords(getDb(), words)).people.filter((h) => !listed.has(h.id)) : [];
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'People' }]} />
      <h1>People and companies</h1>
      <DeletedNotice search={search} />
      <p>
        <Link href="/admin/people/new">New person</Link>
      </p>
      <FindForm label="Name or alias starts with" words={words} />
      <FindResults
        base="/admin/people"
        words={words}
        page={page}
        hasNext={found.hasNext}
        columns={['Name', 'Kind', 'Credits', 'Nominations']}
        rows={found.rows.map((person) => ({
          id: person.id,
          slug: person.slug,
          label: person.name,
          cells: [person.kind, person.credits, person.nominations],
        }))}
        status={{
          matches: `People whose name or alias starts with “${words}”:`,
          newest: 'The most recently added people and companies:',
          noMatch: `No name or alias starts with “${words}”.`,
          empty: 'No people yet.',
        }}
        others={{
          heading: 'Other people with these words',
          hits: others.map((h) => ({ id: h.id, slug: h.slug, label: h.name })),
        }}
      />
    </>
  );
}
