// The sign-in page for admins and editors, for a request that carries a session cookie (one without is
// rewritten to ./[view] by proxy.ts): someone signed in goes straight on to where they were heading.
import { redirect } from 'next/navigation';
import { currentUser } from '@/app/_lib/auth';
import type { RawParams } from '@/app/_lib/cached-views';
import { loginMetadata, LoginView, parseLoginParams } from './login-view';

export const metadata = loginMetadata;

export default async function LoginPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = parseLoginParams(await searchParams);
  if (await currentUser()) redirect(params.next);
  return <LoginView params={params} />;
}
