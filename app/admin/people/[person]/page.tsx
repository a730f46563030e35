// A person's (or company's) edit page for editors: the details form, which remembers the version it
// showed; the aliases, each with a remove button, and a form to add one; and the credits, each linking to
// the film's edit page (credits are added and removed on the film's page). Addressed by the public slug.
import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole, requireUser } from '@/app/_lib/auth';
import { DeleteRecordForm } from '@/app/admin/_delete/delete-record-form';
import { AliasList } from '@/app/admin/_components/alias-list';
import { CreatedNotice } from '@/app/admin/_components/created-notice';
import { MergeNotice, redirectIfMerged } from '@/app/admin/_merge/merge-notice';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { letterOf } from '@/db/queries/browse';
import { getPersonForEdit } from '@/db/queries/person-edits';
import { PersonDetailsForm } from '../_components/person-details-form';
import { addPersonAliasAction, removePersonAliasAction } from './actions';
import { pageParams } from '@/app/_lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit person', robots: { index: false } };

type Props = {
  params: Promise<{ person: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PersonEditPage({ params, searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  const user = await requireUser('editor');
  const [{ person: slug }, { merged, created }] = await Promise.all([pageParams(params), searchParams]);
  const person = await getPersonForEdit(getDb(), slug);
  if (!person) return redirectIfMerged('person', slug);
  const { aliases, credits, ...details } = person;
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: 'People', href: '/admin/people' },
          { label: `Edit ${person.name}` },
        ]}
      />
      <h1>Edit person: {person.name}</h1>
      <CreatedNotice created={created} name={person.name} />
      <p className="lede">
        Changes show on the <Link href={`/people/${person.slug}`}>public page</Link> once saved. Its address stays the
        same when the name changes.
      </p>
      <PersonDetailsForm person={details} filedAt={letterOf(person.sortName).toUpperCase()} />
      <MergeNotice entity="person" slug={person.slug} merged={merged} />
      <AliasList
        owner="person"
        ownerId={person.id}
        aliases={aliases}
        addAction={addPersonAliasAction}
        removeAction={removePersonAliasAction}
      />
      <section aria-labelledby="person-credits-heading">
        <h2 id="person-credits-heading">Credits</h2>
        {credits.length ? (
          <ul className="plain">
            {credits.map((row) => (
              <li key={row.id}>
                <Link href={`/admin/films/${row.filmSlug}`}>
                  {row.filmTitle}
                  {row.filmYear ? ` (${row.filmYear})` : ''}
                </Link>
                , {row.role}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No credits yet: add them on a film’s edit page.</p>
        )}
      </section>
      {hasRole(user, 'admin') ? (
        <DeleteRecordForm
          kind="person"
          id={person.id}
          name={person.name}
          returnTo={'/admin/people'}
          parts="Their aliases and credits go with them; the films stay."
        />
      ) : null}
    </>
  );
}
