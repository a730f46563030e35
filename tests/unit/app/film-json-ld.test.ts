import { describe, expect, it } from 'vitest';
import { filmJsonLd, scriptSafeJson } from '@/app/_components/film-json-ld';
import type { TimelineEntry } from '@/db/queries/timeline';

const entry = (status: TimelineEntry['status'], category: string, editionName: string) =>
  ({ status, category, editionName }) as TimelineEntry;

describe('film JSON-LD', () => {
  it('describes the film as a schema.org Movie with its directors, IMDb page and wins only', () => {
    const data = filmJsonLd({
      film: {
        title: 'O.J.: Made in America',
        originalTitle: null,
        year: 2016,
        imdbId: 'tt5275892',
        wikidataId: null,
        tmdbId: null,
        aliases: [{ alias: 'OJ: Made in America' }],
      },
      credits: [
        { role: 'director', personId: 1, slug: 'ezra-edelman', name: 'Ezra Edelman', kind: 'person', imdbId: null },
        {
          role: 'production company',
          personId: 2,
          slug: 'espn-films',
          name: 'ESPN Films',
          kind: 'company',
          imdbId: null,
        },
      ],
      timeline: [
        entry('won', 'Documentary (Feature)', '89th Academy Awards'),
        entry('lost', 'Best Feature', 'Some Awards'),
      ],
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'O.J.: Made in America',
      alternateName: ['OJ: Made in America'],
      dateCreated: '2016',
      datePublished: '2016',
      director: [{ '@type': 'Person', name: 'Ezra Edelman' }],
      sameAs: 'https://www.imdb.com/title/tt5275892/',
      award: ['Documentary (Feature), 89th Academy Awards'],
    });
  });

  it('escapes "<" so that no text can close the script element', () => {
    const json = scriptSafeJson({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
