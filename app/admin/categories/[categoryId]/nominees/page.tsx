// The paste screen: add many nominees to one category at once. An editor pastes a list (one nominee a
// line), previews how each line matches the films already known, picks among same-titled films, ticks
// the new films to create, and adds them all in one go with their status and its source or note.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { getPasteCategory, PASTE_STATUSES } from '@/db/queries/nominee-paste';
import { closedCategoryReason } from '@/db/queries/nomination-status-edit';
import { STATUS_LABELS } from '@/db/rules/status';
import { NomineePasteForm } from './_components/nominee-paste-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add nominees', robots: { index: false } };

type Props = { params: Promise<{ categoryId: string }> };

export default async function AddNomineesPage({ params }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  const { categoryId } = await params;
  const id = /^\d{1,15}$/.test(categoryId) ? Number(categoryId) : null;
  const category = id ? getPasteCategory(getDb(), id) : undefined;
  if (!category) notFound();
  const editionPath = `${category.awardSlug}/${encodeURIComponent(category.editionSlug)}`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: `Results: ${category.editionName}`, href: `/admin/results/${editionPath}` },
          { label: `Add nominees: ${category.name}` },
        ]}
      />
      <h1>
        Add nominees: {category.name}, {category.editionName}
      </h1>
      <p className="lede">
        Paste one nominee a line: a title, a title with its year such as <code>Tower (2016)</code>, or a title, a dash
        and the people nominated with it: <code>Cameraperson — Kirsten Johnson</code>. Preview first: nothing is written
        until you press &ldquo;Add nominees&rdquo;, and a new film is created only if you tick it. See the category on
        the <Link href={`/awards/${editionPath}`}>public edition page</Link>.
      </p>
      {category.description ? (
        // Written for the nominees the category had: "only the winner is recorded here" is untrue once
        // the list is added, and nothing else would tell the editor that the public page still says it.
        <p className="notice">
          The public page describes this category: &ldquo;{category.description}&rdquo; If the nominees you add make
          that untrue,{' '}
          <Link href={`/admin/editions/${editionPath}/categories/${encodeURIComponent(category.slug)}`}>
            edit the description
          </Link>
          .
        </p>
      ) : null}
      {category.closedAt ? (
        <p className="notice" role="status">
          {closedCategoryReason(category.name)}{' '}
          <Link href={`/admin/results/${editionPath}`}>Go to the results screen</Link>.
        </p>
      ) : (
        <NomineePasteForm
          categoryId={category.id}
          statusOptions={PASTE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
        />
      )}
    </>
  );
}
