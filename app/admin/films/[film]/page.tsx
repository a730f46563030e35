// A film's edit page for editors: its details (title, original title, year, runtime, countries, ids,
// documentary or not) in one form that remembers the version it showed, its aliases and its credits, each
// with a remove button, plus a form to add one. Addressed by the public page's slug, which an edit never changes.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AliasList } from '@/app/admin/_components/alias-list';
import { ExportLinks } from '@/app/_components/export-links';
import { hasRole, requireUser } from '@/app/_lib/auth';
import { DeleteRecordForm } from '@/app/admin/_delete/delete-record-form';
import { CreatedNotice } from '@/app/admin/_components/created-notice';
import { MergeNotice, redirectIfMerged } from '@/app/admin/_merge/merge-notice';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { listCreditsForEdit } from '@/db/queries/credit-edits';
import { getFilmForEdit } from '@/db/queries/film-edits';
import { addFilmAliasAction, removeFilmAliasAction } from './actions';
import { FilmCreditList } from './_components/film-credit-list';
import { FilmDetailsForm } from './_components/film-details-form';
import { pageParams } from '@/app/_lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit film', robots: { index: false } };

type Props = {
  params: Promise<{ film: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function FilmEditPage({ params, searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  const user = await requireUser('editor');
  const [{ film: slug }, { merged, created }] = await Promise.all([pageParams(params), searchParams]);
  const film = await getFilmForEdit(getDb(), slug);
  if (!film) return redirectIfMerged('film', slug);
  const { aliases, ...details } = film;
  const credits = await listCreditsForEdit(getDb(), film.id);
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: 'Films', href: '/admin/films' },
          { label: `Edit ${film.title}` },
        ]}
      />
      <h1>Edit film: {film.title}</h1>
      <CreatedNotice created={created} name={film.title} />
      <p className="lede">
        Changes show on the <Link href={`/films/${film.slug}`}>film’s public page</Link> once saved. Its address stays
        the same when the title changes, so links to it keep working.
      </p>
      <ExportLinks scope="film" value={film.slug} label="this film's nominations" />
      <FilmDetailsForm film={details} />
      <MergeNotice entity="film" slug={film.slug} merged={merged} />
      <AliasList
        owner="film"
        ownerId={film.id}
        aliases={aliases}
        addAction={addFilmAliasAction}
        removeAction={removeFilmAliasAction}
      />
      <FilmCreditList filmId={film.id} credits={credits} />
      {hasRole(user, 'admin') ? (
        <DeleteRecordForm
          kind="film"
          id={film.id}
          name={film.title}
          returnTo={'/admin/films'}
          parts="Its aliases and credits go with it; the people stay."
        />
      ) : null}
    </>
  );
}
