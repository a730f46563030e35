// Adding an edition to an award, with its dates. The action refuses an ordinal or address another edition
// of the award holds, and opens the new edition's edit page (where its categories are added) once created.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { getAwardBySlug } from '@/db/queries/awards';
import { NewEditionForm } from './_components/new-edition-form';
import { pageParams } from '@/app/_lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New edition', robots: { index: false } };

type Props = { params: Promise<{ award: string }> };

export default async function NewEditionPage({ params }: Props) {
  await requireUser('editor');
  const { award: slug } = await pageParams(params);
  const award = await getAwardBySlug(getDb(), slug);
  if (!award) notFound();
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: 'Awards', href: '/admin/awards' },
          { label: award.name, href: `/admin/awards/${award.slug}` },
          { label: 'New edition' },
        ]}
      />
      <h1>New edition of {award.name}</h1>
      <NewEditionForm awardId={award.id} awardSlug={award.slug} awardName={award.name} />
    </>
  );
}
