// /films: every film from A to Z, with its record, a letter and a page at a time.
import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listFilmsUnder } from '@/db/queries/browse';
import { listFilmRecords } from '@/db/queries/record-tallies';
import { BrowseList, parseBrowseParams } from '@/app/_components/browse-list';
import { shareMetadata } from '@/app/_lib/share-metadata';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = shareMetadata('Films', 'Every film Laurels records, from A to Z, with its record.');

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FilmsPage({ searchParams }: Props) {
  const { letter, page, problem } = parseBrowseParams(await searchParams);
  const db = getDb();
  const { total, rows } = await listFilmsUnder(db, letter, page);
  const records = await listFilmRecords(
    db,
    rows.map((film) => film.id),
  );
  const items = rows.map((film) => ({
    id: film.id,
    href: `/films/${film.slug}`,
    label: film.title,
    aside: film.year ? `(${film.year})` : null,
    record: records.get(film.id) ?? { nominations: 0, wins: 0 },
  }));
  return (
    <BrowseList title="Films" base="/films" letter={letter} page={page} total={total} items={items} problem={problem} />
  );
}
