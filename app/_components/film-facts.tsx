// What a film's page says about the film itself: original title, year, runtime, countries, the names
// it is also known by, and where else to read about it (IMDb, Wikidata, TMDB), only where known.
import type { ReactNode } from 'react';
import { plural } from '@/app/_lib/plural';
import { countsAsNomination } from '@/db/rules/status';
import { uncountedEntries } from './record-tally';
import { NOMINATION_STATUSES, type NominationStatus } from '@/db/schema';

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

/** One term of a facts list with what it says; the person page's facts use it too. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * How many nominations and wins: the record of a film or a person, from the statuses of its entries.
 * Only nominations count (countsAsNomination); a submission, a shortlisting or a withdrawn nomination is
 * named after it as not counted, so the record agrees with the scoreboard and with the list below it.
 */
export function RecordFact({ statuses }: { statuses: readonly NominationStatus[] }) {
  const nominations = statuses.filter(countsAsNomination).length;
  const wins = statuses.filter((status) => status === 'won').length;
  const others = uncountedEntries(
    Object.fromEntries(
      NOMINATION_STATUSES.filter((status) => !countsAsNomination(status)).map((status) => [
        status,
        statuses.filter((s) => s === status).length,
      ]),
    ),
  );
  return (
    <Fact term="Record">
      {plural(nominations, 'nomination', 'nominations')}, {plural(wins, 'win', 'wins')}
      {others.length ? <span className="muted">; not counted: {others.join(', ')}</span> : null}
    </Fact>
  );
}

/** Where else to read about a film or a person, when anywhere is known. */
export function ElsewhereFact({ links }: { links: readonly { label: string; href: string }[] }) {
  if (!links.length) return null;
  return (
    <Fact term="Elsewhere">
      {links.map((link, i) => (
        <span key={link.label}>
          {i > 0 ? ' · ' : null}
          <a href={link.href} rel="external">
            {link.label}
          </a>
        </span>
      ))}
    </Fact>
  );
}

export function FilmFacts({ film, statuses }: { film: FilmFactsView; statuses: readonly NominationStatus[] }) {
  const links = filmLinks(film);
  const countries = film.countries?.split(',').filter(Boolean).map(countryName) ?? [];
  const aliases = film.aliases
    .map((a) => a.alias)
    .filter((alias) => alias !== film.title && alias !== film.originalTitle);
  return (
    <dl className="facts">
      {film.originalTitle && film.originalTitle !== film.title ? (
        <Fact term="Original title">{film.originalTitle}</Fact>
      ) : null}
      {film.year ? <Fact term="Year">{film.year}</Fact> : null}
      {film.runtimeMinutes ? <Fact term="Runtime">{film.runtimeMinutes} minutes</Fact> : null}
      {countries.length ? (
        <Fact term={countries.length === 1 ? 'Country' : 'Countries'}>{countries.join(', ')}</Fact>
      ) : null}
      {aliases.length ? <Fact term="Also known as">{aliases.join(' · ')}</Fact> : null}
      <RecordFact statuses={statuses} />
      <ElsewhereFact links={links} />
    </dl>
  );
}
