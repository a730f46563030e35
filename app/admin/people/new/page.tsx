// Creating a person or company by hand; the new record opens on its edit page.
import type { Metadata } from 'next';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { PersonDetailsForm } from '../_components/person-details-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New person', robots: { index: false } };

export default async function NewPersonPage() {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: 'People', href: '/admin/people' },
          { label: 'New person' },
        ]}
      />
      <h1>New person</h1>
      <p className="lede">Search the people first: someone entered twice splits their credits and nominations.</p>
      <PersonDetailsForm />
    </>
  );
}
