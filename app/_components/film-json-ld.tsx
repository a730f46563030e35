// Schema.org Movie data for search engines and other tools: the film, its year, directors, IMDb page
// and the awards it won. "<" is escaped so that no title or name can close the script element early.
import type { FilmCredit } from '@/db/queries/films';
import type { TimelineEntry } from '@/db/queries/timeline';
import { filmLinks } from './film-facts';

export interface FilmJsonLdProps {
  film: {
    title: string;
    originalTitle: string | null;
    year: number | null;
    imdbId: string | null;
    wikidataId: string | null;
    tmdbId: number | null;
    aliases: readonly { alias: string }[];
  };
  credits: readonly FilmCredit[];
  timeline: readonly TimelineEntry[];
}

export function filmJsonLd({ film, credits, timeline }: FilmJsonLdProps): Record<string, unknown> {
  const directors = credits
    .filter((credit) => credit.role === 'director')
    .map((credit) => ({
      '@type': credit.kind === 'company' ? 'Organization' : 'Person',
      name: credit.name,
      ...(credit.imdbId ? { sameAs: `https://www.imdb.com/name/${credit.imdbId}/` } : {}),
    }));
  const wins = timeline
    .filter((entry) => entry.status === 'won')
    .map((entry) => `${entry.category}, ${entry.editionName}`);
  const alternateNames = [film.originalTitle, ...film.aliases.map((a) => a.alias)].filter(
    (name): name is string => Boolean(name) && name !== film.title,
  );
  const sameAs = filmLinks(film).map((link) => link.href);
  return {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: film.title,
    ...(alternateNames.length ? { alternateName: [...new Set(alternateNames)] } : {}),
    ...(film.year ? { dateCreated: String(film.year), datePublished: String(film.year) } : {}),
    ...(directors.length ? { director: directors } : {}),
    ...(sameAs.length ? { sameAs: sameAs.length === 1 ? sameAs[0] : sameAs } : {}),
    ...(wins.length ? { award: wins } : {}),
  };
}

/** JSON for a script element: "<" (and the line separators JavaScript once rejected) written as escapes. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function FilmJsonLd(props: FilmJsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(filmJsonLd(props)) }} />;
}
