// Editing an edition's details: its name, ordinal, years, the four dates of its season, venue and whether
// its results are complete. Addressed like the public edition page (/admin/editions/academy-awards/89th
// beside /awards/academy-awards/89th). The form carries the version it loaded, so a stale save is refused.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { getEditionForEdit } from '@/db/queries/edition-edits';
import { EditionForm } from './_components/edition-form';
import { editionFormValues } from './form-values';

export const metadata: Metadata = { title: 'Edit edition', robots: { index: false } };

type Props = { params: Promise<{ award: string; edition: string }> };

export default async function EditEditionPage({ params }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const { award: awardSlug, edition: editionSlug } = await params;
  const found = await getEditionForEdit(getDb(), awardSlug, editionSlug);
  if (!found) notFound();
  const { edition } = found;

  const initial = editionFormValues(edition, { editionId: edition.id, expectedVersion: edition.version });
  const publicPath = `/awards/${found.awardSlug}/${encodeURIComponent(edition.slug)}`;
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Editions' }, { label: edition.name }]} />
      <h1>Edit details: {edition.name}</h1>
      <p className="lede">
        Changes show on the <Link href={publicPath}>public edition page</Link> as soon as they are saved. Leave a date
        empty when no source gives it.
      </p>
      <EditionForm initial={initial} />
    </>
  );
}
