// A film's edit page for editors: its details (title, original title, year, runtime, countries, ids,
// documentary or not) in one form that remembers the version it showed, and its aliases, each with a
// remove button, plus a form to add one. Addressed by the public page's slug, which an edit never changes.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { getFilmForEdit } from '@/db/queries/film-edits';
import { FilmAliasList } from './_components/film-alias-list';
import { FilmDetailsForm } from './_components/film-details-form';

export const metadata: Metadata = { title: 'Edit film', robots: { index: false } };

type Props = { params: Promise<{ film: string }> };

export default async function FilmEditPage({ params }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const { film: slug } = await params;
  const film = await getFilmForEdit(getDb(), slug);
  if (!film) notFound();
  const { aliases, ...details } = film;
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: `Edit ${film.title}` }]} />
      <h1>Edit film: {film.title}</h1>
      <p className="lede">
        Changes show on the <Link href={`/films/${film.slug}`}>film’s public page</Link> once saved. Its address stays
        the same when the title changes, so links to it keep working.
      </p>
      <FilmDetailsForm film={details} />
      <FilmAliasList filmId={film.id} aliases={aliases} />
    </>
  );
}
