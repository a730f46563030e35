// /awards as rendered: proxy.ts rewrites it here (app/_lib/cached-views.ts AWARDS_LIST_VIEW), a route with
// a segment, so that the list is rendered on its first request and then served from db/page-cache.cjs
// until the database changes (a route without one would be rendered at build time, with no database).
import { notFound } from 'next/navigation';
import { AWARDS_LIST_VIEW } from '@/app/_lib/cached-views';
import { AwardsList, awardsListMetadata } from '../../awards-list';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export const metadata = awardsListMetadata;

type Props = { params: Promise<{ view: string }> };

export default async function CachedAwardsPage({ params }: Props) {
  if (`/awards/-/${(await params).view}` !== AWARDS_LIST_VIEW) notFound();
  return <AwardsList />;
}
