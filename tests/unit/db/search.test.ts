import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { ensureCanonicalCategory, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { addFilmAlias, ensureFilm } from '@/db/queries/films';
import { createNomination } from '@/db/queries/nominations';
import { addPersonAlias, ensurePerson } from '@/db/queries/people';
import { ensureSource } from '@/db/queries/sources';
import { editions as editionsTable, films, people, type NominationStatus } from '@/db/schema';
import {
  findAwardIdBySlug,
  listFilterChoices,
  MAX_SEARCH_WORDS,
  NAME_BOUNDARY,
  parseSearchText,
  resolveCategorySlugs,
  searchEditions,
  searchNames,
  searchNominations,
  suggestSpelling,
  editDistance,
  type NominationFilters,
} from '@/db/search';
import { addAcademyAndIdaAwards } from '../../helpers/catalogue';
import { freshDatabase } from '../../helpers/db';

const ACTOR = 'test';

/**
 * Two awards whose years fall differently: the 88th–90th Academy Awards (awards years 2015–2017, only
 * the 89th with its ceremony date, in 2017) and the 2016 IDA Documentary Awards (held in 2016).
 */
function setup() {
  const { db } = freshDatabase();
  const source = ensureSource(
    db,
    { key: 'test', kind: 'article', url: 'https://example.org/a', publisher: 'Test' },
    'test',
  );
  const awards = addAcademyAndIdaAwards(db);
  const editions = {
    e88: awards.e88.id,
    e89: awards.e89.id,
    e90: awards.e90.id,
    ida2016: awards.ida2016.id,
  };
  const canonical = {
    feature: ensureCanonicalCategory(db, {
      awardId: awards.oscars.id,
      name: 'Documentary (Feature)',
      slug: 'documentary-feature',
      isDocumentary: true,
    }).id,
    short: ensureCanonicalCategory(db, {
      awardId: awards.oscars.id,
      name: 'Documentary (Short)',
      slug: 'documentary-short',
      isDocumentary: true,
    }).id,
    picture: ensureCanonicalCategory(db, { awardId: awards.oscars.id, name: 'Best Picture', slug: 'best-picture' }).id,
    videoSource: ensureCanonicalCategory(db, { awardId: awards.ida.id, name: 'ABC News VideoSource Award' }).id,
  };
  const category = (editionId: number, canonicalCategoryId: number, name: string) =>
    ensureCategory(db, { editionId, name, canonicalCategoryId }, ACTOR).id;
  const film = (title: string, year: number, aliases: string[] = []) => {
    const id = ensureFilm(db, { title, year }, ACTOR).film.id;
    for (const alias of aliases) addFilmAlias(db, id, alias);
    return id;
  };
  const nominate = (categoryId: number, filmIds: number[], status: NominationStatus, personIds: number[] = []) =>
    createNomination(db, {
      categoryId,
      filmIds,
      personIds,
      status,
      reason: { actor: ACTOR, sourceId: source.id },
    }).nomination.id;
  return { db, editions, canonical, category, film, nominate };
}

const names = async (db: Db, q: string) => searchNames(db, parseSearchText(q));
const filmTitles = async (db: Db, q: string) => (await names(db, q)).films.hits.map((hit) => hit.title);

describe('parseSearchText', () => {
  it('quotes every word so that user text is never FTS5 syntax', () => {
    expect(parseSearchText('lov desp').match).toBe('"lov"* AND "desp"*');
    expect(parseSearchText('NEAR(a b) "x" -y').match).toBe('"near"* AND "a" AND "b" AND "x" AND "y"');
  });

  it('folds case and diacritics, drops "&" and "and" between words, and keeps an explicit wildcard on one letter', () => {
    expect(parseSearchText('SANSÓN & o*').match).toBe('"sanson"* AND "o"*');
    expect(parseSearchText('salt and fire').match).toBe('"salt"* AND "fire"*');
    // Alone, or asked for as a prefix, it is a word like any other.
    expect(parseSearchText('&').match).toBe('"and"*');
    expect(parseSearchText('and* fire').match).toBe('"and"* AND "fire"*');
  });

  it('reads words in double quotes as a phrase of whole words, and a quote left open as any other character', () => {
    expect(parseSearchText('"made in america" 2016').match).toBe('"made in america" AND "2016"*');
    // Curly quotes too, and "and" inside a phrase is one of its words.
    expect(parseSearchText('“sons and lovers”').match).toBe('"sons and lovers"');
    expect(parseSearchText('"lovers" despot').match).toBe('"lovers" AND "despot"*');
    expect(parseSearchText('"made in').match).toBe('"made"* AND "in"*');
    // Each word is still a word of the search; the nominations search reads the phrase as one.
    expect(parseSearchText('"made in america"').words).toEqual(['made', 'in', 'america']);
    expect(parseSearchText('"made in america" 2016').units).toEqual([
      { words: ['made', 'in', 'america'], term: '"made in america"' },
      { words: ['2016'], term: '"2016"*' },
    ]);
  });

  it('reads initials written with dots as a phrase of their letters, in that order', () => {
    expect(parseSearchText('o.j.').match).toBe('"o j"');
    expect(parseSearchText('O.J. made').match).toBe('"o j" AND "made"*');
    expect(parseSearchText('j. o. aalberg').match).toBe('"j o" AND "aalberg"*');
    expect(parseSearchText('u.s.a. "made in" o.j').match).toBe('"u s a" AND "made in" AND "o j"');
    // A word with a dot is not initials, nor is one letter alone.
    expect(parseSearchText('st. louis').match).toBe('"st"* AND "louis"*');
    expect(parseSearchText('e. coli').match).toBe('"e" AND "coli"*');
  });

  it('has no query for text without a letter or digit', () => {
    expect(parseSearchText(' "()*- ').match).toBeNull();
  });

  it('keeps at most MAX_SEARCH_WORDS words and says so', () => {
    const text = parseSearchText(Array.from({ length: MAX_SEARCH_WORDS + 3 }, (_, i) => `w${i}`).join(' '));
    expect(text.words).toHaveLength(MAX_SEARCH_WORDS);
    expect(text.truncated).toBe(true);
  });
});

describe('searchNames', () => {
  it('finds a quoted phrase only as those words in that order, and the same words unquoted in any order', async () => {
    const { db, film } = setup();
    film('O.J.: Made in America', 2016);
    film('America Made Me', 2016);
    expect(await filmTitles(db, '"made in america"')).toEqual(['O.J.: Made in America']);
    expect(await filmTitles(db, '"america made"')).toEqual(['America Made Me']);
    expect((await filmTitles(db, 'america made')).sort()).toEqual(['America Made Me', 'O.J.: Made in America']);
  });

  it('matches a quoted phrase within one name, never from one name of a record into the next', async () => {
    const { db } = setup();
    const corps = ensurePerson(db, { name: 'United States Army Signal Corps', kind: 'company' }, ACTOR).person;
    addPersonAlias(db, corps.id, 'United States Army');
    addPersonAlias(db, corps.id, 'United States Army Air Force');
    const personNames = async (q: string) => (await names(db, q)).people.hits.map((hit) => hit.name);
    expect(await personNames('"army air force"')).toEqual(['United States Army Signal Corps']);
    expect(await personNames('"united states army"')).toEqual(['United States Army Signal Corps']);
    // The words still find it unquoted, from any of its names.
    expect(await personNames('army united states')).toEqual(['United States Army Signal Corps']);
    expect(await personNames('"army united states"')).toEqual([]);
    expect(await personNames('"signal corps united"')).toEqual([]);
    // A film's original title and its other titles are names of their own too.
    const film = ensureFilm(db, { title: 'The Act of Killing', originalTitle: 'Jagal', year: 2012 }, ACTOR).film;
    addFilmAlias(db, film.id, 'Killing Act');
    expect(await filmTitles(db, '"jagal killing"')).toEqual([]);
    expect(await filmTitles(db, '"jagal"')).toEqual(['The Act of Killing']);
  });

  it('finds initials as a name writes them, not their letters scattered over a name', async () => {
    const { db, film } = setup();
    film('O.J.: Made in America', 2016);
    ensurePerson(db, { name: 'J. O. Testberg', kind: 'person' }, ACTOR);
    const found = await names(db, 'o.j.');
    expect(found.films.hits.map((hit) => hit.title)).toEqual(['O.J.: Made in America']);
    expect(found.people.hits).toEqual([]);
    expect((await names(db, 'j. o.')).people.hits.map((hit) => hit.name)).toEqual(['J. O. Testberg']);
  });

  it('never reads the boundary between names as a word of search text', () => {
    expect(parseSearchText(`army${NAME_BOUNDARY}united`).words).toEqual(['army', 'united']);
    expect(parseSearchText(NAME_BOUNDARY).match).toBeNull();
  });

  it('ignores case and diacritics', async () => {
    const { db, film } = setup();
    film('Sansón', 2001);
    expect(await filmTitles(db, 'sanson')).toEqual(['Sansón']);
    expect(await filmTitles(db, 'SANSÓN')).toEqual(['Sansón']);
  });

  it('matches word prefixes in any order', async () => {
    const { db, film } = setup();
    film('The Lovers & the Despot', 2016);
    film('Weiner', 2016);
    expect(await filmTitles(db, 'lov desp')).toEqual(['The Lovers & the Despot']);
    expect(await filmTitles(db, 'despot lovers')).toEqual(['The Lovers & the Despot']);
    expect(await filmTitles(db, 'lov* desp*')).toEqual(['The Lovers & the Despot']);
    expect(await filmTitles(db, 'lovers weiner')).toEqual([]);
  });

  it('treats "&" and "and" as the same word, both ways', async () => {
    const { db, film } = setup();
    film('The Lovers & the Despot', 2016);
    film('Salt and Fire', 2016);
    expect(await filmTitles(db, 'lovers and the despot')).toEqual(['The Lovers & the Despot']);
    expect(await filmTitles(db, 'salt & fire')).toEqual(['Salt and Fire']);
  });

  it('finds a title without "and" when the words are joined by one', async () => {
    const { db, film } = setup();
    film('Weiner', 2016);
    film('Salt and Fire', 2016);
    expect(await filmTitles(db, 'weiner and')).toEqual(['Weiner']);
    expect(await filmTitles(db, 'and weiner')).toEqual(['Weiner']);
    expect(await filmTitles(db, 'salt AND fire')).toEqual(['Salt and Fire']);
  });

  it('searches aliases of films, people and awards', async () => {
    const { db, film } = setup();
    film('O.J.: Made in America', 2016, ['OJ: Made in America']);
    const { person } = ensurePerson(db, { name: 'Choi Eun-hee' }, ACTOR);
    addPersonAlias(db, person.id, '최은희');
    expect(await filmTitles(db, 'oj made')).toEqual(['O.J.: Made in America']);
    expect((await names(db, '최은희')).people.hits.map((hit) => hit.name)).toEqual(['Choi Eun-hee']);
    const awards = (await names(db, 'international documentary association awards')).awards.hits;
    expect(awards.map((hit) => hit.slug)).toEqual(['ida-documentary-awards']);
  });

  it('finds a film or a person by an IMDb id typed as the whole search', async () => {
    const { db } = setup();
    ensureFilm(db, { title: 'O.J.: Made in America', year: 2016, imdbId: 'tt5275892' }, ACTOR);
    ensurePerson(db, { name: 'Ezra Edelman', imdbId: 'nm1554601' }, ACTOR);
    expect(await filmTitles(db, 'tt5275892')).toEqual(['O.J.: Made in America']);
    expect(await filmTitles(db, ' TT5275892 ')).toEqual(['O.J.: Made in America']);
    expect((await names(db, 'nm1554601')).people.hits.map((hit) => hit.name)).toEqual(['Ezra Edelman']);
    // Only a whole id: a part of one, or an id among other words, is read as words.
    expect(await filmTitles(db, 'tt527589')).toEqual([]);
  });

  it('finds a film by a word and its year', async () => {
    const { db, film } = setup();
    film('Weiner', 2016);
    film('Weiner', 1999);
    expect((await names(db, 'weiner 2016')).films.hits.map((hit) => hit.year)).toEqual([2016]);
  });

  it('never throws on hostile text', async () => {
    const { db, film } = setup();
    film('The Lovers & the Despot', 2016);
    const hostile = [
      '"',
      '""',
      'NEAR(',
      'NEAR(lovers despot, 2)',
      '*',
      '**lov',
      '-',
      '-lovers',
      '(',
      ')',
      '^lovers',
      'name:lovers',
      'lovers" OR "x',
      'AND',
      'OR NOT',
      '\\',
      "'; drop table films; --",
      '\u0000',
      'a'.repeat(500),
    ];
    for (const q of hostile) await expect(names(db, q)).resolves.toBeDefined();
    for (const q of hostile) {
      await expect(
        searchNominations(db, { text: parseSearchText(q) }, { limit: 10, offset: 0 }),
      ).resolves.toBeDefined();
    }
    expect(await filmTitles(db, '"lovers')).toEqual(['The Lovers & the Despot']);
    expect(await filmTitles(db, 'NEAR(lovers despot)')).toEqual([]);
  });

  it('puts an exact title (or alias) before better-scoring partial matches', async () => {
    const { db, film } = setup();
    // A title hit outweighs an alias hit in bm25, so without the exact-match rule the longer title wins.
    film('Fire at Sea Level', 2014);
    film('Fuocoammare', 2016, ['Fire at Sea']);
    expect(await filmTitles(db, 'fire at sea')).toEqual(['Fuocoammare', 'Fire at Sea Level']);
    expect((await names(db, 'fire at sea')).films.hits[0]?.isExact).toBe(true);
  });

  it('puts a name holding the words whole before one they only begin', async () => {
    const { db, film } = setup();
    film('Nails', 1979);
    film('Nai Nai & Wài Pó', 2023);
    expect(await filmTitles(db, 'nai nai')).toEqual(['Nai Nai & Wài Pó', 'Nails']);
    expect(await filmTitles(db, 'nai')).toEqual(['Nai Nai & Wài Pó', 'Nails']);
  });

  it('puts a name starting with the first word before one holding it later, an article aside', async () => {
    const { db, film } = setup();
    film('Recycled Life', 2006);
    film('The Life of Birds', 1998);
    film('Life, Animated', 2016);
    const titles = await filmTitles(db, 'life');
    expect(titles).toHaveLength(3);
    expect(titles.at(-1)).toBe('Recycled Life');
  });

  it('breaks a tie between equal names by wins, then nominations', async () => {
    const { db, film, category, editions, canonical, nominate } = setup();
    const older = film('Weiner', 1999);
    const newer = film('Weiner', 2016);
    const feature = category(editions.e89, canonical.feature, 'Documentary (Feature)');
    nominate(feature, [older], 'nominated');
    nominate(feature, [newer], 'won');
    const hits = (await names(db, 'weiner')).films.hits;
    expect(hits.map((hit) => [hit.year, hit.nominations, hit.wins])).toEqual([
      [2016, 1, 1],
      [1999, 1, 0],
    ]);
  });

  it('ranks only a sample of a very common word, yet still puts the exact title first', async () => {
    const { db, film } = setup();
    for (const title of ['War Games', 'War Horse', 'War Witch', 'War Room', 'War Dogs']) film(title, 2010);
    film('War', 2020);
    const results = await searchNames(db, parseSearchText('war'), { rankLimit: 3 });
    expect(results.isSampled).toBe(true);
    expect(results.films.hits[0]).toMatchObject({ title: 'War', isExact: true });
    expect(results.films.hits.length).toBeLessThan(6);
    expect((await searchNames(db, parseSearchText('war'))).isSampled).toBe(false);
  });

  it('groups films, people and awards and counts each group', async () => {
    const { db, film } = setup();
    film('Academy', 2010);
    ensurePerson(db, { name: 'Academy Chorus' }, ACTOR);
    const results = await names(db, 'academy');
    expect(results.films.total).toBe(1);
    expect(results.people.hits.map((hit) => hit.name)).toEqual(['Academy Chorus']);
    // The Academy Awards match by name; the IDA does not mention the word.
    expect(results.awards.hits.map((hit) => hit.slug)).toEqual(['academy-awards']);
  });
});

describe('searchNominations', () => {
  function season() {
    const ctx = setup();
    const { editions, canonical, category, film, nominate } = ctx;
    const oj = film('O.J.: Made in America', 2016);
    const fire = film('Fire at Sea', 2016);
    const icarus = film('Icarus', 2017);
    const amy = film('Amy', 2015);
    const lovers = film('The Lovers & the Despot', 2016);
    const edelman = ensurePerson(ctx.db, { name: 'Ezra Edelman' }, ACTOR).person.id;
    const ids = {
      amy88: nominate(category(editions.e88, canonical.feature, 'Documentary (Feature)'), [amy], 'won'),
      oj89: nominate(category(editions.e89, canonical.feature, 'Documentary (Feature)'), [oj], 'won', [edelman]),
      fire89: nominate(category(editions.e89, canonical.feature, 'Documentary (Feature)'), [fire], 'lost'),
      short89: nominate(category(editions.e89, canonical.short, 'Documentary (Short Subject)'), [], 'won', [
        ensurePerson(ctx.db, { name: 'Orlando von Einsiedel' }, ACTOR).person.id,
      ]),
      picture89: nominate(category(editions.e89, canonical.picture, 'Best Picture'), [film('Moonlight', 2016)], 'won'),
      icarus90: nominate(category(editions.e90, canonical.feature, 'Documentary (Feature)'), [icarus], 'won'),
      lovers2016: nominate(
        category(editions.ida2016, canonical.videoSource, 'ABC News VideoSource Award'),
        [lovers],
        'lost',
      ),
      oj2016: nominate(
        category(editions.ida2016, canonical.videoSource, 'ABC News VideoSource Award'),
        [oj],
        'nominated',
      ),
    };
    return { ...ctx, ids };
  }
  const find = async (db: Db, filters: Omit<NominationFilters, 'text'> & { q?: string }, limit = 50) => {
    const { q, ...rest } = filters;
    const result = await searchNominations(db, { ...rest, text: q ? parseSearchText(q) : null }, { limit, offset: 0 });
    return result.rows.map((row) => row.id).sort((a, b) => a - b);
  };
  const sorted = (...ids: number[]) => [...ids].sort((a, b) => a - b);

  it('finds the nominations of the films and people the words match', async () => {
    const { db, ids } = season();
    expect(await find(db, { q: 'made america' })).toEqual(sorted(ids.oj89, ids.oj2016));
    expect(await find(db, { q: 'edelman' })).toEqual([ids.oj89]);
  });

  it('reads a quoted phrase as those words in that order, also beside words naming an award or a year', async () => {
    const { db, ids } = season();
    expect(await find(db, { q: '"made in america"' })).toEqual(sorted(ids.oj89, ids.oj2016));
    expect(await find(db, { q: '"america made in"' })).toEqual([]);
    // No one record holds every word, so each is read for what it names: the phrase still as a phrase.
    expect(await find(db, { q: '"made in america" ida' })).toEqual([ids.oj2016]);
    expect(await find(db, { q: '"america made in" ida' })).toEqual([]);
    expect(await find(db, { q: 'america made in ida' })).toEqual([ids.oj2016]);
    // A phrase naming a category names it still (the 88th Academy Awards were held in 2016).
    const features2016 = sorted(ids.amy88, ids.oj89, ids.fire89);
    expect(await find(db, { q: 'documentary feature 2016' })).toEqual(features2016);
    expect(await find(db, { q: '"documentary feature" 2016' })).toEqual(features2016);
  });

  it('finds the nominations of a film or a person named by an IMDb id typed alone, as the names are found', async () => {
    const { db, ids } = season();
    const oj = db.select().from(films).where(eq(films.title, 'O.J.: Made in America')).get()!;
    db.update(films).set({ imdbId: 'tt5275892' }).where(eq(films.id, oj.id)).run();
    db.update(people).set({ imdbId: 'nm1554601' }).where(eq(people.name, 'Ezra Edelman')).run();
    expect(await find(db, { q: 'tt5275892' })).toEqual(sorted(ids.oj89, ids.oj2016));
    expect(await find(db, { q: ' NM1554601 ' })).toEqual([ids.oj89]);
  });

  it('says when the words match more names than it reads nominations of', async () => {
    const { db } = season();
    const text = parseSearchText('am');
    const capped = await searchNominations(db, { text }, { limit: 10, offset: 0, nameMatchLimit: 1 });
    expect(capped.isNameMatchCapped).toBe(true);
    const all = await searchNominations(db, { text }, { limit: 10, offset: 0 });
    expect(all.isNameMatchCapped).toBe(false);
    expect(all.rows.length).toBeGreaterThan(capped.rows.length);
  });

  it('keeps winners only', async () => {
    const { db, ids } = season();
    expect(await find(db, { q: 'made america', wonOnly: true })).toEqual([ids.oj89]);
  });

  it('matches a year span by an edition’s awards year or its ceremony year', async () => {
    const { db, ids } = season();
    // 2017: the 89th (ceremony 2017, films of 2016) and the 90th (films of 2017).
    expect(await find(db, { fromYear: 2017, toYear: 2017 })).toEqual(
      sorted(ids.oj89, ids.fire89, ids.short89, ids.picture89, ids.icarus90),
    );
    // 2016: the 89th by its awards year, the 2016 IDA awards, and the 88th (of 2015, with no ceremony date)
    // held, as the Academy's dated 89th shows, the year after its awards year.
    expect(await find(db, { fromYear: 2016, toYear: 2016 })).toEqual(
      sorted(ids.oj89, ids.fire89, ids.short89, ids.picture89, ids.lovers2016, ids.oj2016, ids.amy88),
    );
    expect(await find(db, { toYear: 2015 })).toEqual([ids.amy88]);
    expect(await find(db, { fromYear: 2017 })).toEqual(
      sorted(ids.oj89, ids.fire89, ids.short89, ids.picture89, ids.icarus90),
    );
  });

  it('finds the same nominations whichever way it walks the catalogue', async () => {
    const { db, canonical } = season();
    const filters = { text: null, canonicalCategoryIds: [canonical.feature, canonical.short], wonOnly: true };
    const byNominations = await searchNominations(db, filters, { limit: 50, offset: 0 });
    const byEditions = await searchNominations(db, filters, { limit: 50, offset: 0, fewCategoryEditions: 0 });
    expect(byEditions.rows.map((row) => row.id)).toEqual(byNominations.rows.map((row) => row.id));
    expect(byEditions.rows).toHaveLength(4);
  });

  it('takes several categories and an award', async () => {
    const { db, ids, canonical } = season();
    const both = [canonical.feature, canonical.short];
    expect(await find(db, { canonicalCategoryIds: both, fromYear: 2016, toYear: 2016 })).toEqual(
      sorted(ids.oj89, ids.fire89, ids.short89, ids.amy88),
    );
    const idaId = await findAwardIdBySlug(db, 'ida-documentary-awards');
    expect(await find(db, { awardId: idaId })).toEqual(sorted(ids.lovers2016, ids.oj2016));
    expect(await find(db, { awardId: idaId, wonOnly: true })).toEqual([]);
  });

  it('orders editions of one awards year by their ceremony dates, the latest first', async () => {
    const { db, ids } = season();
    // Both are of awards year 2016; the 89th Academy Awards were held on 2017-02-26, the IDA's on 2016-12-09.
    const { rows } = await searchNominations(
      db,
      { text: parseSearchText('o j made'), wonOnly: false },
      { limit: 5, offset: 0 },
    );
    expect(rows.map((row) => row.id)).toEqual([ids.oj89, ids.oj2016]);
  });

  it('pages newest edition first and counts up to a limit', async () => {
    const { db, ids } = season();
    const first = await searchNominations(db, { text: null, wonOnly: true }, { limit: 2, offset: 0, countLimit: 3 });
    expect(first.rows.map((row) => row.id)).toEqual([ids.icarus90, ids.oj89]);
    expect(first).toMatchObject({ total: 3, isCountCapped: true });
    const last = await searchNominations(db, { text: null, wonOnly: true }, { limit: 2, offset: 4 });
    expect(last.rows.map((row) => row.id)).toEqual([ids.amy88]);
    expect(last.rows[0]).toMatchObject({
      awardSlug: 'academy-awards',
      editionSlug: '88th',
      category: 'Documentary (Feature)',
    });
    expect(last.rows[0]?.films.map((f) => f.title)).toEqual(['Amy']);
  });
});

describe('filter choices', () => {
  it('lists the awards and the canonical categories of one award or of all', async () => {
    const { db } = setup();
    const idaId = await findAwardIdBySlug(db, 'ida-documentary-awards');
    const all = await listFilterChoices(db);
    expect(all.awards.map((a) => a.slug)).toEqual(['academy-awards', 'ida-documentary-awards']);
    // With no award chosen: the documentary categories of every award, and any category already chosen.
    expect(all.categories.map((c) => c.slug)).toEqual(['documentary-feature', 'documentary-short']);
    const chosen = await listFilterChoices(db, undefined, ['best-picture']);
    expect(chosen.categories.map((c) => c.slug)).toEqual(['documentary-feature', 'documentary-short', 'best-picture']);
    const ida = await listFilterChoices(db, idaId);
    expect(ida.categories.map((c) => c.slug)).toEqual(['abc-news-videosource-award']);
  });

  it('resolves category slugs within an award and reports unknown ones', async () => {
    const { db, canonical } = setup();
    const oscarsId = await findAwardIdBySlug(db, 'academy-awards');
    expect(await resolveCategorySlugs(db, ['documentary-feature', 'nope'], oscarsId)).toEqual({
      ids: [canonical.feature],
      unknown: ['nope'],
    });
    const idaId = await findAwardIdBySlug(db, 'ida-documentary-awards');
    expect((await resolveCategorySlugs(db, ['documentary-feature'], idaId)).unknown).toEqual(['documentary-feature']);
    expect(await findAwardIdBySlug(db, 'no-such-award')).toBeUndefined();
  });
});

describe('words spread across a nomination', () => {
  /** 13th with Ava DuVernay at the 89th Oscars and the 2016 IDA awards; Ida (2013) at the 88th; Weiner at the IDA. */
  function spreadSetup() {
    const t = setup();
    const ava = ensurePerson(t.db, { name: 'Ava DuVernay' }, ACTOR).person.id;
    const thirteenth = t.film('13th', 2016);
    const ida = t.film('Ida', 2013);
    const weiner = t.film('Weiner', 2016);
    const oscarFeature89 = t.category(t.editions.e89, t.canonical.feature, 'Documentary (Feature)');
    const oscarForeign88 = t.category(t.editions.e88, t.canonical.picture, 'Foreign Language Film');
    const idaFeature = t.category(t.editions.ida2016, t.canonical.videoSource, 'Best Feature');
    const nominations = {
      oscar13th: t.nominate(oscarFeature89, [thirteenth], 'lost', [ava]),
      ida13th: t.nominate(idaFeature, [thirteenth], 'won', [ava]),
      oscarIda: t.nominate(oscarForeign88, [ida], 'won'),
      idaWeiner: t.nominate(idaFeature, [weiner], 'lost'),
    };
    const search = async (words: string) =>
      (await searchNominations(t.db, { text: parseSearchText(words) }, { limit: 20, offset: 0 })).rows
        .map((row) => row.id)
        .sort((a, b) => a - b);
    return { ...t, nominations, search };
  }

  it('finds a nominee by its film and one of its people, or by a name and the award', async () => {
    const { nominations, search } = spreadSetup();
    expect(await search('13th duvernay')).toEqual([nominations.oscar13th, nominations.ida13th]);
    expect(await search('duvernay oscars')).toEqual([nominations.oscar13th]);
    expect(await search('weiner international documentary')).toEqual([nominations.idaWeiner]);
  });

  it('reads words that all name an award, a year or a number as an edition, not as every film they spell', async () => {
    const { nominations, search } = spreadSetup();
    // "ida" is also a film (at the 88th Academy Awards): with the year, the words mean the IDA awards of 2016.
    expect(await search('ida 2016')).toEqual([nominations.ida13th, nominations.idaWeiner]);
    expect(await search('oscars 89th')).toEqual([nominations.oscar13th]);
    expect(await search('academy awards 2015')).toEqual([nominations.oscarIda]);
  });

  it('reads them as a nominee and its award when no edition answers to them all', async () => {
    const { nominations, search } = spreadSetup();
    // There is no 13th IDA Awards here, but 13th was nominated at the IDA (and "ida" first, too).
    expect(await search('13th ida')).toEqual([nominations.ida13th]);
    expect(await search('ida 13th')).toEqual([nominations.ida13th]);
    expect(await search('13th oscars')).toEqual([nominations.oscar13th]);
  });

  it('names the editions such words mean, for a link straight to them, and none for other words', async () => {
    const { db } = spreadSetup();
    const editionsOf = async (words: string) => (await searchEditions(db, parseSearchText(words))).map((e) => e.name);
    expect(await editionsOf('ida 2016')).toEqual(['2016 IDA Documentary Awards']);
    expect(await editionsOf('oscars 89th')).toEqual(['89th Academy Awards']);
    // 2017 is the 89th's ceremony year and the 90th's awards year: both, newest first.
    expect(await editionsOf('academy awards 2017')).toEqual(['90th Academy Awards', '89th Academy Awards']);
    // A category's word, or "winners", narrows the nominations, not the edition.
    expect(await editionsOf('oscars 2017 documentary')).toEqual(['90th Academy Awards', '89th Academy Awards']);
    expect(await editionsOf('ida winners 2016')).toEqual(['2016 IDA Documentary Awards']);
    // A year or a number alone names every edition it can mean: the 88th (of 2015) was held in 2016.
    const of2016 = ['89th Academy Awards', '2016 IDA Documentary Awards', '88th Academy Awards'];
    expect(await editionsOf('2016')).toEqual(of2016);
    expect(await editionsOf('documentary 2016')).toEqual(of2016);
    expect(await editionsOf('89th')).toEqual(['89th Academy Awards']);
    for (const words of ['ida', '13th 2016', '13th duvernay', 'ida zzyzx', 'ida weiner 2016']) {
      expect(await editionsOf(words), words).toEqual([]);
    }
  });

  it('reads a word of a category name as that category, and "winners" as the winners', async () => {
    const { nominations, search } = spreadSetup();
    // The 89th Academy Awards were held in 2017; 13th was in its Documentary (Feature) category.
    expect(await search('oscars 2017 documentary')).toEqual([nominations.oscar13th]);
    expect(await search('academy awards 2017 short')).toEqual([]);
    expect(await search('best picture 2015')).toEqual([nominations.oscarIda]);
    // "ida" names the award here (it is also a film): the IDA's winners.
    expect(await search('ida winners')).toEqual([nominations.ida13th]);
    expect(await search('ida 2016 won')).toEqual([nominations.ida13th]);
    // No 13th edition here: 13th is the film, and of its two nominations the one it won.
    expect(await search('13th winners')).toEqual([nominations.ida13th]);
    expect(await search('duvernay feature')).toEqual([nominations.oscar13th]);
    // "documentary" also names the International Documentary Association's awards.
    expect(await search('duvernay documentary')).toEqual([nominations.oscar13th, nominations.ida13th]);
  });

  it("reads a year as the edition's, even when films of that year hold it", async () => {
    const { nominations, search } = spreadSetup();
    // 13th and Weiner are films of 2016; the 2016 nominations are those of editions held or honouring 2016:
    // the 89th (of 2016), the IDA's 2016 awards, and the 88th (of 2015, held the year after as the 89th was).
    expect(await search('2016')).toEqual([
      nominations.oscar13th,
      nominations.ida13th,
      nominations.oscarIda,
      nominations.idaWeiner,
    ]);
    expect(await search('2017')).toEqual([nominations.oscar13th]);
    expect(await search('weiner 2017')).toEqual([]);
  });

  it('reads a word of a name a category has had in some edition ("film")', async () => {
    const t = spreadSetup();
    ensureCanonicalCategory(t.db, {
      awardId: (await findAwardIdBySlug(t.db, 'academy-awards'))!,
      name: 'Documentary (Feature)',
      slug: 'documentary-feature',
      aliases: ['Documentary Feature Film'],
    });
    expect(await t.search('oscars feature film 2017')).toEqual([t.nominations.oscar13th]);
  });

  it('reads words as names when, read as categories, no nomination answers to them all', async () => {
    const t = spreadSetup();
    const presentation = t.film('Feature Presentation', 2016);
    t.film('Short Stories', 2016);
    const short = t.category(t.editions.e89, t.canonical.short, 'Documentary (Short)');
    const nominated = t.nominate(short, [presentation], 'lost');
    // "short" and "feature" each name a category, but no nomination is in both: read as names, they find
    // Feature Presentation's nomination in the short category.
    expect(await t.search('short feature')).toEqual([nominated]);
  });

  it('leaves out filler words when the words are spread across a nomination', async () => {
    const { nominations, search } = spreadSetup();
    expect(await search('weiner nominees for the ida')).toEqual([nominations.idaWeiner]);
    expect(await search('who won the oscar for documentary in 2017')).toEqual([]);
    expect(await search('who was nominated for the oscar for documentary in 2017')).toEqual([nominations.oscar13th]);
    expect(await search('oscar nominations for best documentary 2017')).toEqual([nominations.oscar13th]);
    // A word that names nothing still finds nothing, filler or not.
    expect(await search('weiner for the zzyzx')).toEqual([]);
  });

  it('finds nothing when a word names nothing, and keeps the words of one name to that name', async () => {
    const { nominations, search } = spreadSetup();
    expect(await search('13th zzyzx')).toEqual([]);
    // Both words in one film's title: that film's nominations only, as before.
    expect(await search('ida')).toEqual([nominations.oscarIda]);
  });
});

describe('an awards year across two years', () => {
  it('is in both of them: the 1st Academy Awards (1927/28) for 1927 and for 1928', async () => {
    const t = setup();
    const first = ensureEdition(
      t.db,
      {
        awardId: (await findAwardIdBySlug(t.db, 'academy-awards'))!,
        slug: '1st',
        name: '1st Academy Awards',
        ordinal: 1,
        year: 1928,
        yearLabel: '1927/28',
      },
      ACTOR,
    );
    const nomination = t.nominate(
      t.category(first.id, t.canonical.picture, 'Outstanding Picture'),
      [t.film('Wings', 1927)],
      'won',
    );
    const span = async (fromYear: number, toYear: number) =>
      (await searchNominations(t.db, { text: null, fromYear, toYear }, { limit: 20, offset: 0 })).rows.map(
        (row) => row.id,
      );
    expect(await span(1927, 1927)).toEqual([nomination]);
    expect(await span(1928, 1928)).toEqual([nomination]);
    expect(await span(1926, 1926)).toEqual([]);
    // Held in 1929: the Academy's dated edition (the 89th, of 2016, in 2017) gives the year after.
    expect(await span(1929, 1929)).toEqual([nomination]);
    expect(await span(1930, 1930)).toEqual([]);
    // Another label is no span of years.
    t.db.update(editionsTable).set({ yearLabel: 'Season 1928' }).where(eq(editionsTable.id, first.id)).run();
    expect(await span(1927, 1927)).toEqual([]);
  });
});

describe('a word that names more than are read', () => {
  it('says the search was cut short rather than silently leaving a nomination out', async () => {
    const t = setup();
    const josh = ensurePerson(t.db, { name: 'Josh Kriegman' }, ACTOR).person.id;
    const johns = ['John Alpha', 'John Beta', 'John Gamma'].map(
      (name) => ensurePerson(t.db, { name }, ACTOR).person.id,
    );
    const feature = t.category(t.editions.ida2016, t.canonical.videoSource, 'Best Feature');
    t.nominate(feature, [t.film('Weiner', 2016)], 'nominated', [josh, johns[2]!]);
    const search = (nameMatchLimit: number) =>
      searchNominations(t.db, { text: parseSearchText('kriegman john') }, { limit: 20, offset: 0, nameMatchLimit });
    expect(await search(2)).toMatchObject({ isNameMatchCapped: true });
    expect(await search(10)).toMatchObject({ total: 1, isNameMatchCapped: false });
  });
});

describe('spelling', () => {
  it('counts edits: a letter added, removed or changed, or two neighbours swapped', () => {
    expect(editDistance('lovers', 'lovers')).toBe(0);
    expect(editDistance('lovrs', 'lovers')).toBe(1);
    expect(editDistance('despto', 'despot')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    // Past the limit, only "more than the limit" is told.
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('suggests the nearest indexed word for each word that begins none, keeping the rest as typed', async () => {
    const { db, film } = setup();
    film('The Lovers and the Despot', 2016);
    film('Lowland', 2016);
    ensurePerson(db, { name: 'Ava DuVernay' }, ACTOR);
    expect(await suggestSpelling(db, 'The Lovrs and the Dsepot')).toBe('The Lovers and the Despot');
    expect(await suggestSpelling(db, 'ava duvernya')).toBe('ava duvernay');
    // Every word begins an indexed word (a prefix is enough): nothing to suggest.
    expect(await suggestSpelling(db, 'lov desp')).toBeNull();
    // Too far from anything (three edits for a six-letter word), or a number: nothing to suggest.
    expect(await suggestSpelling(db, 'lxvxxs')).toBeNull();
    expect(await suggestSpelling(db, 'despot 2017')).toBeNull();
  });

  it('knows the words search reads without the index, and suggests them too', async () => {
    const { db, film } = setup();
    film('The Lovers and the Despot', 2016);
    // "winners", a year, a filler word and a category's word ("feature") are left as typed, never turned into titles.
    expect(await suggestSpelling(db, 'lovrs winners for 2017 feature')).toBe('lovers winners for 2017 feature');
    // The words of category names and "winners" are suggested for a misspelling of theirs.
    expect(await suggestSpelling(db, 'documentary shrot winers')).toBe('documentary short winners');
    // As near as a title's word ("future"), a category's word wins.
    film('Back to the Future', 1985);
    expect(await suggestSpelling(db, 'feture')).toBe('feature');
  });

  it('corrects a long word that only begins indexed words, to a whole word it does not begin', async () => {
    const { db } = setup();
    ensurePerson(db, { name: 'Gianfranco Rosi' }, ACTOR);
    ensurePerson(db, { name: 'Frédéric Rossif' }, ACTOR);
    // "rossi" begins Rossif's name, but no name has the word "rossi": the nearest whole word is Rosi's.
    expect(await suggestSpelling(db, 'gianfranco rossi')).toBe('gianfranco rosi');
    // A shorter beginning is taken as typed, as search takes it.
    expect(await suggestSpelling(db, 'gianf ross')).toBeNull();
  });

  it('prefers the word in more names when two are as near', async () => {
    const { db, film } = setup();
    film('Bast', 2001);
    film('Best Friends', 2002);
    film('Best Kept Secret', 2003);
    expect(await suggestSpelling(db, 'bost')).toBe('best');
  });
});
