// The sign-in page's content, the same for every visitor without a session: rendered by ./page.tsx (which
// first sends someone already signed in on) and by ./[view]/page.tsx, the cached address proxy.ts
// rewrites a cookie-less request to (app/_lib/cached-views.ts), so that the page is rendered once per
// database version and not on every request.
import type { Metadata } from 'next';
import { LOGIN_KEYS, type Check, type ExactKeys, type RawParams } from '@/app/_lib/cached-views';
import { LoginForm } from './_components/login-form';
import { safeNextPath } from './sign-in';

export const loginMetadata: Metadata = { title: 'Sign in', robots: { index: false } };

/** Where a password link goes once its password is set: sign in, told that it is. */
export const PASSWORD_SET_LOGIN = '/login?password-set=1';

export interface LoginParams {
  /** Where to go once signed in: only ever a path on this site. */
  next: string;
  'signed-out': boolean;
  /** Arrived from a password link whose password was just set (app/password/actions.ts). */
  'password-set': boolean;
}
export type LoginKeysCached = Check<ExactKeys<typeof LOGIN_KEYS, LoginParams>>;

export function parseLoginParams(raw: RawParams): LoginParams {
  return {
    next: safeNextPath(typeof raw.next === 'string' ? raw.next : undefined),
    'signed-out': Boolean(raw['signed-out']),
    'password-set': Boolean(raw['password-set']),
  };
}

export function LoginView({ params }: { params: LoginParams }) {
  return (
    <section className="auth-page" aria-labelledby="login-heading">
      <h1 id="login-heading">Sign in</h1>
      {params['signed-out'] ? (
        <p role="status" className="notice">
          You have signed out.
        </p>
      ) : null}
      {params['password-set'] ? (
        <p role="status" className="notice">
          Your password is set: sign in with it.
        </p>
      ) : null}
      <p className="lede">For the people who keep Laurels: admins and editors.</p>
      <LoginForm next={params.next} />
    </section>
  );
}
