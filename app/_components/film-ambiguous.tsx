// When an address without its year could mean several films (/films/universe: Universe of 1960 and of
// 1976), the page lists them and lets the reader choose instead of answering "not found".
import Link from 'next/link';
import { FILMS_AT_SLUG_LIMIT, type FilmAtSlug } from '@/db/queries/films';
import { Breadcrumbs } from './award-breadcrumbs';
import { filmBrowseHref } from './browse-list';

/** The name the films share, or the address's words when their titles differ. */
export function ambiguousFilmName(films: readonly FilmAtSlug[], term: string): string {
  const titles = new Set(films.map((film) => film.title));
  return titles.size === 1 ? films[0]!.title : term;
}

export function FilmAmbiguous({ term, films }: { term: string; films: readonly FilmAtSlug[] }) {
  const name = ambiguousFilmName(films, term);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Films', href: filmBrowseHref(name) }, { label: name }]} />
      <h1>Which {name}?</h1>
      <p className="lede">
        “{term}” could mean {films.length < FILMS_AT_SLUG_LIMIT ? films.length : `at least ${films.length}`} films.
        Choose one:
      </p>
      <ul className="plain">
        {films.map((film) => (
          <li key={film.slug}>
            <Link href={`/films/${film.slug}`}>
              {film.title}
              {film.year ? ` (${film.year})` : ''}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
