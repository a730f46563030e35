// The admin index of people and companies: find one by the start of its name or an alias (folded) and
// open its edit page; with no words, the newest. Links to creating one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { findByWords, findPeopleForAdmin } from '@/db/queries/admin-find';
import { FindForm, FindPager, parseFindParams, WordMatches } from '../films/_components/admin-find';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'People', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const { words, page } = parseFindParams(await searchParams);
  const found = await findPeopleForAdmin(getDb(), words, page);
  const listed = new Set(found.rows.map((row) => row.id));
  const others = words && page === 1 ? (await findByWords(getDb(), words)).people.filter((h) => !listed.has(h.id)) : [];
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'People' }]} />
      <h1>People and companies</h1>
      <p>
        <Link href="/admin/people/new">New person</Link>
      </p>
      <FindForm label="Name or alias starts with" words={words} />
      <p role="status">
        {found.rows.length
          ? words
            ? `People whose name or alias starts with “${words}”:`
            : 'The most recently added people and companies:'
          : words
            ? `No name or alias starts with “${words}”.`
            : 'No people yet.'}
      </p>
      {found.rows.length ? (
        <div className="table-wrap">
          <table className="search-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Credits</th>
                <th scope="col">Nominations</th>
              </tr>
            </thead>
            <tbody>
              {found.rows.map((person) => (
                <tr key={person.id}>
                  <td>
                    <Link href={`/admin/people/${person.slug}`}>{person.name}</Link>
                  </td>
                  <td>{person.kind}</td>
                  <td>{person.credits}</td>
                  <td>{person.nominations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <WordMatches
        heading="Other people with these words"
        base="/admin/people"
        hits={others.map((h) => ({ id: h.id, slug: h.slug, label: h.name }))}
      />
      <FindPager base="/admin/people" words={words} page={page} hasNext={found.hasNext} />
    </>
  );
}
