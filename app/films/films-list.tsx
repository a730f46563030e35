// The A–Z list of films, with each film's record: rendered for /films (app/films/page.tsx) and its cached
// view (app/films/-/[view]/page.tsx).
import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { browseFilms } from '@/db/queries/browse';
import { listFilmRecords } from '@/db/queries/record-tallies';
import { BrowseList, browsePageTitle, parseBrowseParams } from '@/app/_components/browse-list';
import type { RawParams } from '@/app/_lib/cached-views';
import { shareMetadata } from '@/app/_lib/share-metadata';

export function filmsListMetadata(raw: RawParams): Metadata {
  return shareMetadata(browsePageTitle('Films', raw), 'Every film Laurels records, from A to Z, with its record.');
}

export async function FilmsList({ raw }: { raw: RawParams }) {
  const { filter, page, problem } = parseBrowseParams(raw);
  const db = getDb();
  const { total, rows, tooMany } = await browseFilms(db, filter, page);
  const records = await listFilmRecords(
    db,
    rows.map((film) => film.id),
  );
  const items = rows.map((film) => ({
    id: film.id,
    href: `/films/${film.slug}`,
    label: film.title,
    aside: film.year ? `(${film.year})` : null,
    record: records.get(film.id) ?? { nominations: 0, wins: 0, uncounted: {} },
  }));
  return (
    <BrowseList
      title="Films"
      base="/films"
      filter={filter}
      page={page}
      total={total}
      tooMany={tooMany}
      items={items}
      problem={problem}
    />
  );
}
