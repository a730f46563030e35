// The signed-in person's own account: who they are signed in as, with what role, and changing their
// password. Open to every editor and admin, each for their own account only.
import type { Metadata } from 'next';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { ChangePasswordForm } from './_components/change-password-form';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser('editor');
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Your account' }]} />
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{user.email}</strong>, {user.role === 'admin' ? 'an admin' : 'an editor'}.
      </p>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <p className="muted">Every other place this account is signed in is signed out.</p>
        <ChangePasswordForm email={user.email} />
      </section>
    </>
  );
}
