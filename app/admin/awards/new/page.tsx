// Adding an award to the catalogue: its name, kind, organization, address, description and aliases. The
// action refuses a name another award already has, and opens the new award's page once it is created.
import type { Metadata } from 'next';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { listOrganizationChoices } from '@/db/queries/award-admin';
import { AwardForm } from '../_components/award-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New award', robots: { index: false } };

export default async function NewAwardPage() {
  await requireUser('editor');
  const organizations = await listOrganizationChoices(getDb());
  return (
    <>
      <Breadcrumbs
        trail={[{ label: 'Admin', href: '/admin' }, { label: 'Awards', href: '/admin/awards' }, { label: 'New award' }]}
      />
      <h1>New award</h1>
      <AwardForm mode="create" initial={{ kind: 'ceremony', organization: '' }} organizations={organizations} />
    </>
  );
}
