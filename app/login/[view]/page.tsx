// /login?… as rendered for a visitor without a session: proxy.ts rewrites it here with the query in the
// path (app/_lib/cached-views.ts), so each variant (where to return, "you have signed out") is rendered
// on its first request and then served from db/page-cache.cjs until the database changes.
import { undatedViewParams } from '@/app/_lib/cached-view-page';
import { loginMetadata, LoginView, parseLoginParams } from '../login-view';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export const metadata = loginMetadata;

export default async function CachedLoginPage({ params }: { params: Promise<{ view: string }> }) {
  return <LoginView params={parseLoginParams(undatedViewParams((await params).view))} />;
}
