// What a film's page says about the film itself: original title, year, runtime, countries, the names
// it is also known by, and where else to read about it (IMDb, Wikidata, TMDB), only where known.
export interface FilmFactsView {
  originalTitle: string | null;
  title: string;
  year: number | null;
  runtimeMinutes: number | null;
  countries: string | null;
  imdbId: string | null;
  wikidataId: string | null;
  tmdbId: number | null;
  aliases: readonly { alias: string }[];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string {
  try {
    return regionNames.of(code.trim().toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function filmLinks(film: Pick<FilmFactsView, 'imdbId' | 'wikidataId' | 'tmdbId'>) {
  return [
    film.imdbId ? { label: 'IMDb', href: `https://www.imdb.com/title/${film.imdbId}/` } : null,
    film.wikidataId ? { label: 'Wikidata', href: `https://www.wikidata.org/wiki/${film.wikidataId}` } : null,
    film.tmdbId ? { label: 'TMDB', href: `https://www.themoviedb.org/movie/${film.tmdbId}` } : null,
  ].filter((link) => link !== null);
}

export function FilmFacts({ film, tally }: { film: FilmFactsView; tally: { nominations: number; wins: number } }) {
  const links = filmLinks(film);
  const countries = film.countries?.split(',').filter(Boolean).map(countryName) ?? [];
  const aliases = film.aliases
    .map((a) => a.alias)
    .filter((alias) => alias !== film.title && alias !== film.originalTitle);
  return (
    <dl className="facts">
      {film.originalTitle && film.originalTitle !== film.title ? (
        <>
          <dt>Original title</dt>
          <dd>{film.originalTitle}</dd>
        </>
      ) : null}
      {film.year ? (
        <>
          <dt>Year</dt>
          <dd>{film.year}</dd>
        </>
      ) : null}
      {film.runtimeMinutes ? (
        <>
          <dt>Runtime</dt>
          <dd>{film.runtimeMinutes} minutes</dd>
        </>
      ) : null}
      {countries.length ? (
        <>
          <dt>{countries.length === 1 ? 'Country' : 'Countries'}</dt>
          <dd>{countries.join(', ')}</dd>
        </>
      ) : null}
      {aliases.length ? (
        <>
          <dt>Also known as</dt>
          <dd>{aliases.join(' · ')}</dd>
        </>
      ) : null}
      <dt>Record</dt>
      <dd>
        {tally.nominations === 1 ? '1 nomination' : `${tally.nominations} nominations`},{' '}
        {tally.wins === 1 ? '1 win' : `${tally.wins} wins`}
      </dd>
      {links.length ? (
        <>
          <dt>Elsewhere</dt>
          <dd>
            {links.map((link, i) => (
              <span key={link.label}>
                {i > 0 ? ' · ' : null}
                <a href={link.href} rel="external">
                  {link.label}
                </a>
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
