// Editing an edition's details: its name, ordinal, years, the four dates of its season, venue and whether
// its results are complete. Addressed like the public edition page (/admin/editions/academy-awards/89th
// beside /awards/academy-awards/89th). The form carries the version it loaded, so a stale save is refused.
// Below it, the edition's categories (each with its edit page) and the form that adds one.
import { DeletedNotice } from '@/app/admin/_delete/deleted-notice';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportLinks } from '@/app/_components/export-links';
import { notFound } from 'next/navigation';
import { hasRole, requireUser } from '@/app/_lib/auth';
import { DeleteRecordForm } from '@/app/admin/_delete/delete-record-form';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { listCanonicalChoices } from '@/db/queries/award-admin';
import { listCategoriesForEdit } from '@/db/queries/category-admin';
import { getEditionForEdit } from '@/db/queries/edition-edits';
import { CategoryForm } from './categories/_components/category-form';
import { EditionForm } from './_components/edition-form';
import { editionFormValues } from './form-values';
import { pageParams } from '@/app/_lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit edition', robots: { index: false } };

type Props = {
  params: Promise<{ award: string; edition: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditEditionPage({ params, searchParams }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  const user = await requireUser('editor');
  const { award: awardSlug, edition: editionSlug } = await pageParams(params);
  const db = getDb();
  const found = await getEditionForEdit(db, awardSlug, editionSlug);
  if (!found) notFound();
  const { edition } = found;
  const [categoryRows, canonical] = await Promise.all([
    listCategoriesForEdit(db, edition.id),
    listCanonicalChoices(db, edition.awardId),
  ]);
  const editPath = `/admin/editions/${found.awardSlug}/${encodeURIComponent(edition.slug)}`;

  const initial = editionFormValues(edition, { editionId: edition.id, expectedVersion: edition.version });
  const publicPath = `/awards/${found.awardSlug}/${encodeURIComponent(edition.slug)}`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: found.awardName, href: `/admin/awards/${found.awardSlug}` },
          { label: edition.name },
        ]}
      />
      <h1>Edit details: {edition.name}</h1>
      <DeletedNotice search={await searchParams} />
      <p className="lede">
        Changes show on the <Link href={publicPath}>public edition page</Link> as soon as they are saved. Leave a date
        empty when no source gives it. Winners are entered on the{' '}
        <Link href={`/admin/results/${found.awardSlug}/${encodeURIComponent(edition.slug)}`}>results screen</Link>.
      </p>
      <ExportLinks scope="edition" value={`${found.awardSlug}/${edition.slug}`} label="this edition's nominations" />
      <EditionForm initial={initial} />
      <CategoryList categories={categoryRows} editPath={editPath} />
      <CategoryForm
        mode="create"
        initial={{ editionId: String(edition.id), canonical: '', position: String(categoryRows.length + 1) }}
        canonical={canonical}
      />
      {hasRole(user, 'admin') ? (
        <DeleteRecordForm
          kind="edition"
          id={edition.id}
          name={edition.name}
          returnTo={`/admin/awards/${found.awardSlug}`}
          parts="Its categories must be deleted first, each from its own page; nothing else goes with it."
        />
      ) : null}
    </>
  );
}

function CategoryList(props: {
  categories: {
    id: number;
    slug: string;
    name: string;
    position: number;
    closedAt: string | null;
    canonicalName: string | null;
  }[];
  editPath: string;
}) {
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">Categories</h2>
      {props.categories.length ? (
        <ul className="plain admin-editions">
          {props.categories.map((category) => (
            <li key={category.slug}>
              {category.name}{' '}
              <span className="muted">
                {category.canonicalName ? `· ${category.canonicalName} ` : ''}·{' '}
                <Link
                  href={`${props.editPath}/categories/${encodeURIComponent(category.slug)}`}
                  aria-label={`Edit ${category.name}`}
                >
                  Edit
                </Link>{' '}
                ·{' '}
                {category.closedAt ? (
                  'closed: reopen it on the results screen to add nominees'
                ) : (
                  <Link
                    href={`/admin/categories/${category.id}/nominees`}
                    aria-label={`Add nominees to ${category.name}`}
                  >
                    Add nominees
                  </Link>
                )}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">No category yet: add the first below.</p>
      )}
    </section>
  );
}
