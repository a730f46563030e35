// The catalogue the extractor uses when there is no database yet (a fresh clone, `laurels extract`
// before the first start): the awards, categories and films that the seed (db/seed/season-2016-17.ts
// and the oscar_data importer) loads, with the same names and aliases. Nothing here is new data; a test
// checks it against a seeded database so that the two do not drift apart.
import { canonicalAliases, readableCategoryName } from '../importers/oscar-data-names';
import type { CatalogueInput, CatalogueEditionInput } from './types';

// oscar_data's documentary categories; the nth ceremony honours the films of 1927 + n, held the year after.
const OSCAR_DOCUMENTARY_CATEGORIES = ['DOCUMENTARY (Feature)', 'DOCUMENTARY (Short Subject)'];
const OSCAR_CEREMONIES = 98;

function oscarEditions(): CatalogueEditionInput[] {
  return Array.from({ length: OSCAR_CEREMONIES }, (_, i) => ({
    ordinal: i + 1,
    year: 1928 + i,
    ceremonyYear: 1929 + i,
  }));
}

export const BUILTIN_CATALOGUE_INPUT: CatalogueInput = {
  awards: [
    {
      slug: 'academy-awards',
      name: 'Academy Awards',
      aliases: ['Oscars', 'The Oscars', 'Academy Award', 'Oscar'],
      organizationNames: ['Academy of Motion Picture Arts and Sciences', 'AMPAS'],
      editions: oscarEditions(),
      categories: OSCAR_DOCUMENTARY_CATEGORIES.map((name) => ({
        name: readableCategoryName(name),
        aliases: canonicalAliases(name),
      })),
    },
    {
      slug: 'ida-documentary-awards',
      name: 'IDA Documentary Awards',
      aliases: [
        'IDA Awards',
        'International Documentary Association Awards',
        'International Documentary Association Documentary Awards',
        'IDA Documentary Award',
      ],
      organizationNames: ['International Documentary Association', 'IDA'],
      editions: [{ ordinal: 32, year: 2016, ceremonyYear: 2016 }],
      categories: [
        { name: 'Best Feature', aliases: ['Best Feature Award'] },
        {
          name: 'ABC News VideoSource Award',
          aliases: ['ABC News Video Source Award', 'VideoSource Award', 'ABC News VideoSource'],
        },
        { name: 'Amicus Award', aliases: [] },
        { name: 'Best Curated Series', aliases: [] },
      ],
    },
    {
      slug: 'sundance-film-festival',
      name: 'Sundance Film Festival',
      aliases: ['Sundance'],
      organizationNames: ['Sundance Institute'],
      editions: [{ ordinal: null, year: 2016, ceremonyYear: 2016 }],
      categories: [
        { name: 'U.S. Grand Jury Prize: Documentary', aliases: ['US Grand Jury Prize Documentary'] },
        { name: 'World Cinema Grand Jury Prize: Documentary', aliases: [] },
      ],
    },
    {
      slug: 'critics-choice-documentary-awards',
      name: "Critics' Choice Documentary Awards",
      aliases: ["Critics' Choice", 'Critics Choice Documentary Awards', "Critics' Choice Documentary Award"],
      organizationNames: ['Critics Choice Association'],
      editions: [{ ordinal: 1, year: 2016, ceremonyYear: 2016 }],
      categories: [
        { name: 'Best Documentary (Theatrical)', aliases: [] },
        { name: 'Best Documentary (TV/Streaming)', aliases: [] },
        { name: 'Best First Documentary', aliases: [] },
      ],
    },
  ],
  films: [
    { title: 'O.J.: Made in America', aliases: ['OJ: Made in America'] },
    { title: 'Cameraperson', aliases: [] },
    { title: 'Fire at Sea', aliases: [] },
    { title: 'I Am Not Your Negro', aliases: [] },
    { title: '13th', aliases: [] },
    { title: 'Weiner', aliases: [] },
    { title: 'The Lovers and the Despot', aliases: ['The Lovers & the Despot'] },
    { title: 'Sonita', aliases: [] },
  ],
};
