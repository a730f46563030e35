// The admin shell: who is signed in, with what role, the admin sections and a way to sign out. It checks the
// session itself (editors and admins), but a layout is no guard for the pages under it (they render in
// parallel and are reachable on their own), so every admin page and action checks again.
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { requireUser, type Role } from '@/app/_lib/auth';
import { SignOutButton } from '@/app/login/_components/sign-out-button';

export const metadata: Metadata = {
  title: { default: 'Admin', template: '%s · Admin · Laurels' },
  robots: { index: false },
};

const ROLE_LABELS: Record<Role, string> = { admin: 'admin', editor: 'editor' };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser('editor');
  return (
    <div className="admin-shell">
      <nav aria-label="Admin" className="admin-nav">
        <Link href="/admin">Admin home</Link>
        <Link href="/admin/awards">Awards</Link>
        <Link href="/admin/films">Films</Link>
        <Link href="/admin/people">People</Link>
        <Link href="/admin/import">Import</Link>
        <Link href="/admin/review">Review queue</Link>
        <Link href="/admin/audit">Audit log</Link>
        {user.role === 'admin' ? <Link href="/admin/sources">Sources</Link> : null}
        {user.role === 'admin' ? <Link href="/admin/health">Health</Link> : null}
        {user.role === 'admin' ? <Link href="/admin/accounts">Accounts</Link> : null}
        <span className="admin-user">
          Signed in as <Link href="/admin/account">{user.email}</Link> ({ROLE_LABELS[user.role]})
        </span>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
