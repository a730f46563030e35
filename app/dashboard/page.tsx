// /dashboard as asked for: proxy.ts rewrites nearly every request to ./[view] (rendered once per database
// version and day). What reaches this route is a query string too long to be worth a cache slot (see
// app/_lib/cached-views.ts MAX_CACHED_QUERY), rendered on every request, with the same content.
import { utcDay } from '@/app/_lib/cached-views';
import { dashboardMetadata, DashboardView } from './dashboard-view';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  return dashboardMetadata(await searchParams, utcDay(new Date()));
}

export default async function DashboardPage({ searchParams }: Props) {
  return <DashboardView raw={await searchParams} today={utcDay(new Date())} />;
}
