// /people?letter=…&page=… as rendered: proxy.ts rewrites it here with the query in the path
// (app/_lib/cached-views.ts), so each page of the A–Z list is rendered on its first request and then
// served from db/page-cache.cjs until the database changes.
import { undatedViewParams } from '@/app/_lib/cached-view-page';
import { PeopleList, peopleListMetadata } from '../../people-list';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string }> };

export async function generateMetadata({ params }: Props) {
  return peopleListMetadata(undatedViewParams((await params).view));
}

export default async function CachedPeoplePage({ params }: Props) {
  return <PeopleList raw={undatedViewParams((await params).view)} />;
}
