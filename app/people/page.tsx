// /people as asked for: proxy.ts rewrites it to ./-/[view] (rendered once per database version); this
// route answers only a request that reached it otherwise, with the same content.
import { PeopleList, peopleListMetadata } from './people-list';

export const dynamic = 'force-dynamic';
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  return peopleListMetadata(await searchParams);
}

export default async function PeoplePage({ searchParams }: Props) {
  return <PeopleList raw={await searchParams} />;
}
