// /awards as asked for: proxy.ts rewrites it to ./-/[view] (rendered once per database version); this
// route answers only a request that reached it otherwise, with the same content.
import { AwardsList, awardsListMetadata } from './awards-list';

export const dynamic = 'force-dynamic';

export const metadata = awardsListMetadata;

export default function AwardsPage() {
  return <AwardsList />;
}
