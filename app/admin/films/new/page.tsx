// Creating a film by hand, with the fields and rules of the film edit form. A title and year already in
// the catalogue asks for confirmation; a new film opens on its edit page, where credits and aliases follow.
import type { Metadata } from 'next';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { NewFilmForm } from './_components/new-film-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New film', robots: { index: false } };

export default async function NewFilmPage() {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  return (
    <>
      <Breadcrumbs
        trail={[{ label: 'Admin', href: '/admin' }, { label: 'Films', href: '/admin/films' }, { label: 'New film' }]}
      />
      <h1>New film</h1>
      <p className="lede">Search the films first: a film entered twice splits its nominations and credits.</p>
      <NewFilmForm />
    </>
  );
}
