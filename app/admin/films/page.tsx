// The admin index of films: find one by the start of its title or an alias (folded, so case, accents and
// "&" do not matter) and open its edit page; with no words, the newest films. Links to creating one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { findByWords, findFilmsForAdmin } from '@/db/queries/admin-find';
import { FindForm, FindPager, parseFindParams, WordMatches } from './_components/admin-find';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Films', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminFilmsPage({ searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const { words, page } = parseFindParams(await searchParams);
  const found = await findFilmsForAdmin(getDb(), words, page);
  const listed = new Set(found.rows.map((row) => row.id));
  const others = words && page === 1 ? (await findByWords(getDb(), words)).films.filter((h) => !listed.has(h.id)) : [];
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Films' }]} />
      <h1>Films</h1>
      <p>
        <Link href="/admin/films/new">New film</Link>
      </p>
      <FindForm label="Title or alias starts with" words={words} />
      <p role="status">
        {found.rows.length
          ? words
            ? `Films whose title or alias starts with “${words}”:`
            : 'The most recently added films:'
          : words
            ? `No film title or alias starts with “${words}”.`
            : 'No films yet.'}
      </p>
      {found.rows.length ? (
        <div className="table-wrap">
          <table className="search-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Year</th>
                <th scope="col">Nominations</th>
              </tr>
            </thead>
            <tbody>
              {found.rows.map((film) => (
                <tr key={film.id}>
                  <td>
                    <Link href={`/admin/films/${film.slug}`}>{film.title}</Link>
                  </td>
                  <td>{film.year ?? '—'}</td>
                  <td>{film.nominations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <WordMatches
        heading="Other films with these words"
        base="/admin/films"
        hits={others.map((h) => ({ id: h.id, slug: h.slug, label: `${h.title}${h.year ? ` (${h.year})` : ''}` }))}
      />
      <FindPager base="/admin/films" words={words} page={page} hasNext={found.hasNext} />
    </>
  );
}
