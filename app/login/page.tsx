// The sign-in page for admins and editors. Someone already signed in goes straight on to where they were
// heading. `next` (where to return) is only ever a path on this site (safeNextPath).
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/app/_lib/auth';
import { LoginForm } from './_components/login-form';
import { safeNextPath } from './sign-in';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : undefined);
  if (await currentUser()) redirect(next);
  return (
    <section className="auth-page" aria-labelledby="login-heading">
      <h1 id="login-heading">Sign in</h1>
      {params['signed-out'] ? (
        <p role="status" className="notice">
          You have signed out.
        </p>
      ) : null}
      <p className="lede">For the people who keep Laurels: admins and editors.</p>
      <LoginForm next={next} />
    </section>
  );
}
