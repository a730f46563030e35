import { describe, expect, it } from 'vitest';
import { OSCAR_DATA_FILE } from '@/jobs/importers/oscar-data';
import { readOscarFile, type OscarRow } from '@/jobs/importers/oscar-data-file';
import {
  creditRole,
  namedNominees,
  nomineeKind,
  readableCategoryName,
  unofficialHistory,
} from '@/jobs/importers/oscar-data-names';

describe('readableCategoryName', () => {
  it.each([
    ['DOCUMENTARY (Feature)', 'Documentary (Feature)'],
    ['DOCUMENTARY FEATURE FILM', 'Documentary Feature Film'],
    ['ACTOR IN A LEADING ROLE', 'Actor in a Leading Role'],
    ['SCIENTIFIC OR TECHNICAL AWARD (Class II)', 'Scientific or Technical Award (Class II)'],
    ['GORDON E. SAWYER AWARD', 'Gordon E. Sawyer Award'],
    ['ART DIRECTION (Black-and-White)', 'Art Direction (Black-and-White)'],
  ])('%s reads as %s', (name, readable) => {
    expect(readableCategoryName(name)).toBe(readable);
  });
});

describe('namedNominees', () => {
  it('makes one nominee of an organization the data set split, with the one IMDb id its pieces had', () => {
    const split = [
      { name: 'St. Francis-Xavier University', imdbId: 'co0076128' },
      { name: 'Antigonish', imdbId: null },
      { name: 'Nova Scotia', imdbId: null },
    ];
    expect(namedNominees('St. Francis-Xavier University, Antigonish, Nova Scotia', split)).toEqual([
      { name: 'St. Francis-Xavier University, Antigonish, Nova Scotia', imdbId: 'co0076128' },
    ]);
  });

  it('takes the name out of the tail of a quoted credit the data set left in a nominee', () => {
    const credit =
      "'Made by Fred Zinnemann with the cooperation of Paramount Pictures Corporation for the Los Angeles Orthopaedic Hospital'";
    const tail = credit.slice("'Made by ".length);
    expect(namedNominees(credit, [{ name: tail, imdbId: 'nm0003593' }])).toEqual([
      { name: 'Fred Zinnemann', imdbId: 'nm0003593' },
    ]);
    // A name with an apostrophe of its own is a name.
    expect(namedNominees("Dan O'Connor", [{ name: "Dan O'Connor", imdbId: null }])).toEqual([
      { name: "Dan O'Connor", imdbId: null },
    ]);
  });

  it('leaves nominees who are several as they are, a leading "the" written as a name starts', () => {
    const several = [
      { name: 'World Wide Pictures', imdbId: null },
      { name: 'Morse Films', imdbId: null },
    ];
    expect(namedNominees('World Wide Pictures and Morse Films', several)).toEqual(several);
    expect(
      namedNominees('Garrett Brown and the Cinema Products Corporation', [
        { name: 'GARRETT BROWN', imdbId: 'nm0113593' },
        { name: 'the CINEMA PRODUCTS CORPORATION', imdbId: null },
      ]),
    ).toEqual([
      { name: 'GARRETT BROWN', imdbId: 'nm0113593' },
      { name: 'The CINEMA PRODUCTS CORPORATION', imdbId: null },
    ]);
  });
});

describe('nomineeKind', () => {
  it('follows the IMDb id when there is one', () => {
    expect(nomineeKind({ name: 'Metro-Goldwyn-Mayer', imdbId: 'co0007143' })).toBe('company');
    expect(nomineeKind({ name: 'Ezra Edelman', imdbId: 'nm1554601' })).toBe('person');
  });

  it('recognizes an organization without an id by its name, and takes anyone else for a person', () => {
    expect(nomineeKind({ name: 'Eastman Kodak Company', imdbId: null })).toBe('company');
    expect(nomineeKind({ name: 'United States Army 4th Signal Photographic Unit', imdbId: null })).toBe('company');
    expect(nomineeKind({ name: 'Paul Debevec', imdbId: null })).toBe('person');
  });
});

describe('creditRole', () => {
  const row = (canonicalCategory: string, films: number, nominees: number) =>
    ({
      canonicalCategory,
      films: Array.from({ length: films }, (_, i) => ({ title: `Film ${i}`, imdbId: null })),
      nominees: Array.from({ length: nominees }, (_, i) => ({ name: `Nominee ${i}`, imdbId: null })),
    }) as OscarRow;

  it('credits documentary nominees as filmmakers and their companies as production companies', () => {
    expect(creditRole(row('DOCUMENTARY (Feature)', 1, 2), 'person')).toBe('filmmaker');
    expect(creditRole(row('DOCUMENTARY (Short Subject)', 1, 1), 'company')).toBe('production company');
  });

  it('credits an actor on each of the films of one nomination', () => {
    expect(creditRole(row('ACTOR IN A LEADING ROLE', 2, 1), 'person')).toBe('actor');
  });

  it('credits nobody when several people share several films, or the category says nothing of the work', () => {
    expect(creditRole(row('WRITING (Adapted Screenplay)', 2, 2), 'person')).toBeNull();
    expect(creditRole(row('BEST PICTURE', 1, 2), 'person')).toBeNull();
  });
});

describe('unofficialHistory', () => {
  const { rows } = readOscarFile(OSCAR_DATA_FILE);
  const histories = rows.map((row) => ({ row, history: unofficialHistory(row) }));
  const noted = histories.filter(({ history }) => history !== null);

  it('reads every row the shipped file notes as not an official nomination, and no other', () => {
    const notOfficial = rows.filter((row) => !row.isWinner && row.note?.includes('THIS IS NOT AN OFFICIAL NOMINATION'));
    expect(noted.map(({ row }) => row)).toEqual(notOfficial);
    // Winners among them (the 2nd ceremony's, write-ins who won) won like any other.
    expect(
      unofficialHistory({ isWinner: true, note: 'NOTE: THIS IS NOT AN OFFICIAL NOMINATION. Write-in candidate.' }),
    ).toBe(null);
  });

  it('tells names only considered from lists announced before the ballot and from withdrawn nominations', () => {
    const byEnd = (status: string) => noted.filter(({ history }) => history!.at(-1) === status).map(({ row }) => row);
    // The 2nd ceremony's names under the boards' consideration, the 12th's studio lists, the write-ins.
    expect(byEnd('submitted')).toHaveLength(51);
    expect(byEnd('submitted').every((row) => [2, 7, 8, 12].includes(row.ceremony))).toBe(true);
    // The 16th ceremony's documentary lists.
    expect(byEnd('shortlisted').map((row) => row.ceremony)).toEqual(Array(17).fill(16));
    // Withdrawn, rescinded, declared ineligible, dropped and replaced: each first announced as nominated,
    // and Young Americans announced the winner too.
    const withdrawn = noted
      .filter(({ history }) => history!.at(-1) === 'withdrawn')
      .map(({ row, history }) => [row.ceremony, row.films[0]?.title, history!.join(' → ')]);
    const once = 'nominated → withdrawn';
    expect(withdrawn).toEqual([
      [5, 'Stout Hearts and Willing Hands', once],
      [14, 'Sis Hopkins', once],
      [14, 'Dive Bomber', once],
      [17, 'Song of the Open Road', once],
      [19, 'Three Little Girls in Blue', once],
      [22, 'Canary Row', once],
      [26, 'Hondo', once],
      [29, 'High Society', once],
      [36, 'Terminus', once],
      [41, 'Young Americans', 'nominated → won → withdrawn'],
      [45, 'The Godfather', once],
      [65, 'A Place in the World', once],
      [84, 'Tuba Atlantic', once],
      [86, 'Alone Yet Not Alone', once],
    ]);
  });
});
