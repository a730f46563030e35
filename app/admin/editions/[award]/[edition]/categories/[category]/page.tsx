// Editing one category of an edition: its name, canonical link, description and position. The form
// carries the version it loaded, so a stale save is refused with what the other person changed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole, requireUser } from '@/app/_lib/auth';
import { DeleteRecordForm } from '@/app/admin/_delete/delete-record-form';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { listCanonicalChoices } from '@/db/queries/award-admin';
import { getCategoryForEdit } from '@/db/queries/category-admin';
import { getEditionForEdit } from '@/db/queries/edition-edits';
import { CategoryForm } from '../_components/category-form';
import { pageParams } from '@/app/_lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit category', robots: { index: false } };

type Props = { params: Promise<{ award: string; edition: string; category: string }> };

export default async function EditCategoryPage({ params }: Props) {
  const user = await requireUser('editor');
  const { award: awardSlug, edition: editionSlug, category: categorySlug } = await pageParams(params);
  const db = getDb();
  const found = await getEditionForEdit(db, awardSlug, editionSlug);
  if (!found) notFound();
  const category = await getCategoryForEdit(db, found.edition.id, categorySlug);
  if (!category) notFound();
  const canonical = await listCanonicalChoices(db, found.edition.awardId);
  const editionPath = `/admin/editions/${found.awardSlug}/${encodeURIComponent(found.edition.slug)}`;
  const initial = {
    categoryId: String(category.id),
    expectedVersion: String(category.version),
    name: category.name,
    canonical: category.canonicalCategoryId === null ? '' : String(category.canonicalCategoryId),
    newCanonicalName: '',
    description: category.description ?? '',
    position: String(category.position),
  };
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: found.awardName, href: `/admin/awards/${found.awardSlug}` },
          { label: found.edition.name, href: editionPath },
          { label: category.name },
        ]}
      />
      <h1>Edit category: {category.name}</h1>
      <p className="lede">
        Back to <Link href={editionPath}>{found.edition.name}</Link>.{' '}
        {category.closedAt ? (
          <>This category is closed: reopen it on the results screen to add nominees.</>
        ) : (
          <>
            <Link href={`/admin/categories/${category.id}/nominees`}>Add nominees to {category.name}</Link>.
          </>
        )}
      </p>
      <CategoryForm mode="edit" initial={initial} canonical={canonical} />
      {hasRole(user, 'admin') ? (
        <DeleteRecordForm
          kind="category"
          id={category.id}
          name={category.name}
          returnTo={editionPath}
          parts="Its nominations must be deleted first, each from its own page (“Edit nomination” on the results screen); nothing else goes with it."
        />
      ) : null}
    </>
  );
}
