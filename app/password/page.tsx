// /password?token=…: where a one-time password link leads (db/queries/account-links.ts). A usable link
// shows the account it is for and the form; a used, expired or mistyped one says so and who can help.
import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { EXPIRED_LINK, findUsableLink } from '@/db/queries/account-links';
import { SetPasswordForm } from './_components/set-password-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Choose a password', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const link =
    typeof token === 'string' && token.length <= 100 ? findUsableLink(getDb(), token, new Date()) : undefined;
  return (
    <section className="auth-page" aria-labelledby="password-heading">
      <h1 id="password-heading">Choose a password</h1>
      {link && typeof token === 'string' ? (
        <>
          <p className="lede">
            For {link.email}
            {link.purpose === 'invite' ? ', a new account on Laurels' : ' on Laurels'}. Nobody else sees it, admins
            included.
          </p>
          <SetPasswordForm token={token} email={link.email} />
        </>
      ) : typeof token === 'string' && token ? (
        <p role="alert" className="notice">
          {EXPIRED_LINK}
        </p>
      ) : (
        <p className="notice">
          This page sets a password from the link an admin gives you (for a new account, or a forgotten password): open
          that link. Without one, ask an admin for it.
        </p>
      )}
    </section>
  );
}
