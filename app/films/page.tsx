// /films as asked for: proxy.ts rewrites it to ./-/[view] (rendered once per database version); this route
// answers only a request that reached it otherwise, with the same content.
import { FilmsList, filmsListMetadata } from './films-list';

export const dynamic = 'force-dynamic';
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  return filmsListMetadata(await searchParams);
}

export default async function FilmsPage({ searchParams }: Props) {
  return <FilmsList raw={await searchParams} />;
}
