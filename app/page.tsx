// /: proxy.ts rewrites every request for the home page to /home/<today> (app/home/[day]/page.tsx), which is
// cached per database version and day. This route answers only if that rewrite is bypassed, rendering the
// same page afresh.
import { utcDay } from '@/app/_lib/cached-views';
import { homeMetadata, HomeView } from '@/app/home/home-view';

export const dynamic = 'force-dynamic';

export const metadata = homeMetadata;

export default async function HomePage() {
  return <HomeView today={utcDay(new Date())} />;
}
