// The accounts, for admins only: who can sign in, with which role, and since when; an admin adds an
// account, changes its role, disables it, or makes a link to choose a new password here. A password never
// passes through an admin: a new account and a reset each get a one-time link (db/queries/account-links.ts)
// for the holder to choose their own. (The first admin is made with `npm run laurels -- admin create`.)
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { listUsers } from '@/db/queries/users';
import { ScrollRegion } from '@/app/_components/scroll-region';
import { AccountControls } from './_components/account-controls';
import { InviteAccountForm } from './_components/invite-account-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Accounts', robots: { index: false } };

export default async function AccountsPage() {
  const me = await requireUser('admin');
  const accounts = listUsers(getDb());
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Accounts' }]} />
      <h1>Accounts</h1>
      <p className="lede">
        Admins may do everything; editors enter results, edit the catalogue and review what the jobs found. A new
        account and a forgotten password each get a one-time link for its holder to choose the password. A disabled
        account cannot sign in and is signed out at once; its past changes keep its name.
      </p>
      <ScrollRegion label="Accounts">
        <table>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Created (UTC)</th>
              <th scope="col">Changes</th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  {account.email}
                  {account.disabledAt ? <span className="muted"> (disabled)</span> : null}
                </td>
                <td>{account.name ?? '—'}</td>
                <td>{account.role === 'admin' ? 'Admin' : 'Editor'}</td>
                <td>{account.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>
                  <Link href={`/admin/audit?actor=user:${account.id}`}>Their changes</Link>
                </td>
                <td>
                  {account.id === me.id ? (
                    // No controls to lock oneself out with (actions.ts refuses them too).
                    <p className="muted">
                      Your own account: another admin manages it. Change your password on{' '}
                      <Link href="/admin/account">your account page</Link>.
                    </p>
                  ) : (
                    <AccountControls
                      email={account.email}
                      role={account.role}
                      isDisabled={account.disabledAt !== null}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <InviteAccountForm />
    </>
  );
}
