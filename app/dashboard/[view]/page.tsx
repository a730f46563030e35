// /dashboard?… as rendered: proxy.ts rewrites it here with the query and today's date in the path
// (app/_lib/cached-views.ts), so each distinct view is rendered on its first request of the day and then
// served from db/page-cache.cjs until the database changes. The date is part of the address because the
// default season and each edition's standing depend on it.
import { notFound } from 'next/navigation';
import { decodeView, isCurrentDay } from '@/app/_lib/cached-views';
import { dashboardMetadata, DashboardView } from '../dashboard-view';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string }> };

async function readView(params: Props['params']) {
  const view = decodeView((await params).view);
  if (!view?.day || !isCurrentDay(view.day, new Date())) notFound();
  return { raw: view.params, today: view.day };
}

export async function generateMetadata({ params }: Props) {
  const { raw, today } = await readView(params);
  return dashboardMetadata(raw, today);
}

export default async function CachedDashboardPage({ params }: Props) {
  return <DashboardView {...await readView(params)} />;
}
