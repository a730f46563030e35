// The admin index of films: find one by the start of its title or an alias (folded, so case, accents and
// "&" do not matter) and open its edit page; with no words, the newest films. Links to creating one.
import { DeletedNotice } from '@/app/admin/_delete/deleted-notice';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { FindForm, parseFindParams } from '@/app/admin/_components/admin-find';
import { FindResults } from '@/app/admin/_components/find-results';
import { getDb } from '@/db/client';
import { findByWords, findFilmsForAdmin } from '@/db/queries/admin-find';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Films', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const withYear = (film: { title: string; year: number | null }) =>
  film.year ? `${film.title} (${film.year})` : film.title;

export default async function AdminFilmsPage({ searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const search = await searchParams;
  const { words, page } = parseFindParams(search);
  const found = await findFilmsForAdmin(getDb(), words, page);
  const listed = new Set(found.rows.map((row) => row.id));
  const others = words && page === 1 ? (await findByWords(getDb(), words)).films.filter((h) => !listed.has(h.id)) : [];
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Films' }]} />
      <h1>Films</h1>
      <DeletedNotice search={search} />
      <p>
        <Link href="/admin/films/new">New film</Link>
      </p>
      <FindForm label="Title or alias starts with" words={words} />
      <FindResults
        base="/admin/films"
        words={words}
        page={page}
        hasNext={found.hasNext}
        columns={['Title', 'Year', 'Nominations']}
        rows={found.rows.map((film) => ({
          id: film.id,
          slug: film.slug,
          label: film.title,
          cells: [film.year ?? '—', film.nominations],
        }))}
        status={{
          matches: `Films whose title or alias starts with “${words}”:`,
          newest: 'The most recently added films:',
          noMatch: `No film title or alias starts with “${words}”.`,
          empty: 'No films yet.',
        }}
        others={{
          heading: 'Other films with these words',
          hits: others.map((h) => ({ id: h.id, slug: h.slug, label: withYear(h) })),
        }}
      />
    </>
  );
}
