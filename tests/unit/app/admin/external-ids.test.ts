// External ids on the film and person forms: typed as ids, or pasted as the address of their page (the
// address bar copied from IMDb, Wikidata or TMDB), and refused with the id's shape otherwise.
import { describe, expect, it } from 'vitest';
import { newFilmSchema } from '@/app/admin/films/[film]/film-edit-schema';
import { personFieldsSchema } from '@/app/admin/people/person-schema';

const film = newFilmSchema.pick({ imdbId: true, wikidataId: true, tmdbId: true });
const person = personFieldsSchema.pick({ imdbId: true });
const personTmdb = personFieldsSchema.pick({ tmdbId: true });

describe('external ids', () => {
  it('reads the id in the address of its page', () => {
    expect(
      film.parse({
        imdbId: ' https://www.imdb.com/title/tt5895028/?ref_=nv_sr_srsg_0 ',
        wikidataId: 'https://www.wikidata.org/wiki/Q27983153',
        tmdbId: 'https://www.themoviedb.org/movie/407806-13th',
      }),
    ).toEqual({ imdbId: 'tt5895028', wikidataId: 'Q27983153', tmdbId: 407806 });
    expect(person.parse({ imdbId: 'https://m.imdb.com/name/nm1467051/' })).toEqual({ imdbId: 'nm1467051' });
    expect(personTmdb.parse({ tmdbId: 'https://www.themoviedb.org/person/1234-ava-duvernay' })).toEqual({
      tmdbId: 1234,
    });
  });

  it('keeps ids typed as ids, and refuses another site or a page without an id, with the id’s shape', () => {
    expect(film.parse({ imdbId: 'tt5895028', wikidataId: '', tmdbId: '407806' })).toEqual({
      imdbId: 'tt5895028',
      wikidataId: null,
      tmdbId: 407806,
    });
    const refused = film.safeParse({
      imdbId: 'https://example.org/title/tt5895028/',
      wikidataId: 'https://www.wikidata.org/wiki/Special:Search',
      tmdbId: '',
    });
    expect(refused.error?.flatten().fieldErrors).toEqual({
      imdbId: ['An IMDb id is “tt” and 7 to 10 digits: tt5278868.'],
      wikidataId: ['A Wikidata id is “Q” and digits: Q27983153.'],
    });
  });

  it('takes a TMDB address only of the record’s own kind: no person’s or show’s number as a film’s', () => {
    expect(
      film.safeParse({ imdbId: '', wikidataId: '', tmdbId: 'https://www.themoviedb.org/person/1234-someone' }).success,
    ).toBe(false);
    expect(
      film.safeParse({ imdbId: '', wikidataId: '', tmdbId: 'https://www.themoviedb.org/tv/1399-a-show' }).success,
    ).toBe(false);
    expect(personTmdb.safeParse({ tmdbId: 'https://www.themoviedb.org/movie/407806-13th' }).success).toBe(false);
  });

  it('reads a TMDB id written in digits only: "1e3" is no id, though JavaScript reads it as 1000', () => {
    for (const typed of ['1e3', '0x10', '12.0', '-5', '0']) {
      expect(personTmdb.safeParse({ tmdbId: typed }).error?.flatten().fieldErrors, typed).toEqual({
        tmdbId: ['A TMDB id is a positive whole number.'],
      });
    }
    expect(personTmdb.parse({ tmdbId: ' 1234 ' })).toEqual({ tmdbId: 1234 });
  });

  it('tells a TMDB id of twenty digits that it is too large, on the film form and the person form', () => {
    const tooLarge = { tmdbId: ['A TMDB id this large cannot be right: check it.'] };
    const typed = '99999999999999999999';
    expect(film.safeParse({ imdbId: '', wikidataId: '', tmdbId: typed }).error?.flatten().fieldErrors).toEqual(
      tooLarge,
    );
    expect(personTmdb.safeParse({ tmdbId: typed }).error?.flatten().fieldErrors).toEqual(tooLarge);
    expect(personTmdb.parse({ tmdbId: '999999999999999' })).toEqual({ tmdbId: 999_999_999_999_999 });
  });
});
