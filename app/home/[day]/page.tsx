// The home page as rendered: proxy.ts rewrites / here with today's date in the path
// (app/_lib/cached-views.ts), so it is rendered on its first request of the day and then served from
// db/page-cache.cjs until the database changes. The date is part of the address because "upcoming" and
// "recent" ceremonies depend on it.
import { notFound } from 'next/navigation';
import { isCurrentDay } from '@/app/_lib/cached-views';
import { homeMetadata, HomeView } from '../home-view';

export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export const metadata = homeMetadata;

type Props = { params: Promise<{ day: string }> };

export default async function CachedHomePage({ params }: Props) {
  const { day } = await params;
  if (!isCurrentDay(day, new Date())) notFound();
  return <HomeView today={day} />;
}
