import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  getAwardBySlug,
  getEdition,
  getEditionNeighbours,
  listAwards,
  listCanonicalCategories,
  listUnlinkedCategories,
  listEditionCategories,
  listEditionsForAward,
  listLatestResults,
  listRecentEditions,
  listUpcomingEditions,
  matchEditionSlug,
} from '@/db/queries/awards';
import { ensureCanonicalCategory, ensureCategory } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { changeStatus, createNomination } from '@/db/queries/nominations';
import { ensurePerson } from '@/db/queries/people';
import { ensureSource, getSourceForPage, listStatusesForSource } from '@/db/queries/sources';
import { editions as editionsTable, type NominationStatus } from '@/db/schema';
import { addAcademyAndIdaAwards } from '../../../helpers/catalogue';
import { freshDatabase } from '../../../helpers/db';

const ACTOR = 'test';

/**
 * A small Academy Awards: the 88th (no date), 89th (ceremony 2017-02-26) and 90th (films of 2017,
 * no date), with documentary categories and one non-documentary category, and the 2016 IDA awards.
 */
function setup() {
  const { db } = freshDatabase();
  const { oscars, ida, e88, e89, e90, ida2016 } = addAcademyAndIdaAwards(db);
  const feature = ensureCanonicalCategory(db, {
    awardId: oscars.id,
    name: 'DOCUMENTARY (Feature)',
    slug: 'documentary-feature',
    isDocumentary: true,
  });
  const short = ensureCanonicalCategory(db, {
    awardId: oscars.id,
    name: 'DOCUMENTARY (Short Subject)',
    slug: 'documentary-short',
    isDocumentary: true,
  });
  const picture = ensureCanonicalCategory(db, { awardId: oscars.id, name: 'BEST PICTURE', slug: 'best-picture' });
  const wrap = ensureSource(
    db,
    {
      key: 'wrap',
      kind: 'article',
      url: 'https://example.org/wrap',
      publisher: 'TheWrap',
      title: 'Winners',
    },
    'test',
  );
  const dataset = ensureSource(db, { key: 'oscar-data', kind: 'dataset', publisher: 'DLu/oscar_data' }, 'test');

  const category = (editionId: number, name: string, canonicalId: number, position: number) =>
    ensureCategory(db, { editionId, name, canonicalCategoryId: canonicalId, position }, ACTOR);
  const nominate = (
    categoryId: number,
    title: string,
    status: NominationStatus,
    sourceId: number,
    extra: { personIds?: number[]; displayName?: string; position?: number } = {},
  ) => {
    const { film } = ensureFilm(db, { title, year: 2016 }, ACTOR);
    return createNomination(db, {
      categoryId,
      filmIds: [film.id],
      personIds: extra.personIds ?? [],
      displayName: extra.displayName ?? null,
      position: extra.position ?? 0,
      status,
      reason: { actor: ACTOR, sourceId },
    }).nomination;
  };

  // Inserted out of order on purpose: the page must follow `position`, not insertion.
  const short89 = category(e89.id, 'Documentary (Short Subject)', short.id, 1);
  const feature89 = category(e89.id, 'Documentary (Feature)', feature.id, 0);
  const picture89 = category(e89.id, 'Best Picture', picture.id, 2);
  const edelman = ensurePerson(db, { name: 'Ezra Edelman' }, ACTOR).person;
  const oj = nominate(feature89.id, 'O.J.: Made in America', 'won', wrap.id, {
    personIds: [edelman.id],
    displayName: 'Ezra Edelman and Caroline Waterlow',
  });
  const fire = nominate(feature89.id, 'Fire at Sea', 'nominated', dataset.id, { position: 1 });
  changeStatus(db, { nominationId: fire.id, to: 'lost', actor: 'user:1', note: 'Lost on the night' });
  nominate(short89.id, 'The White Helmets', 'won', dataset.id);
  nominate(picture89.id, 'Moonlight', 'won', dataset.id);
  const feature88 = category(e88.id, 'Documentary (Feature)', feature.id, 0);
  nominate(feature88.id, 'Amy', 'won', dataset.id);

  const idaFeature = ensureCategory(db, { editionId: ida2016.id, name: 'Best Feature' }, ACTOR);
  nominate(idaFeature.id, 'O.J.: Made in America', 'won', wrap.id);

  return { db, oscars, ida, e88, e89, e90, ida2016, oj, fire, wrap, dataset, edelman };
}

describe('listEditionCategories', () => {
  it('groups nominees under their categories in order, with films, people and the winner marked', async () => {
    const { db, e89, edelman } = setup();
    const result = await listEditionCategories(db, e89.id);
    expect(result.map((c) => c.name)).toEqual(['Documentary (Feature)', 'Documentary (Short Subject)', 'Best Picture']);
    const [feature] = result;
    expect(feature!.nominations.map((n) => [n.films.map((f) => f.title), n.status])).toEqual([
      [['O.J.: Made in America'], 'won'],
      [['Fire at Sea'], 'lost'],
    ]);
    expect(feature!.nominations[0]).toMatchObject({
      displayName: 'Ezra Edelman and Caroline Waterlow',
      people: [{ id: edelman.id, slug: 'ezra-edelman', name: 'Ezra Edelman' }],
      films: [{ slug: 'o-j-made-in-america-2016', year: 2016 }],
    });
  });

  it('carries the source of each current status, or the note when an admin gave no source', async () => {
    const { db, e89, wrap } = setup();
    const [feature] = await listEditionCategories(db, e89.id);
    const [winner, loser] = feature!.nominations;
    expect(winner!.latest).toEqual({
      status: 'won',
      occurredOn: null,
      note: null,
      source: {
        id: wrap.id,
        url: 'https://example.org/wrap',
        publisher: 'TheWrap',
        title: 'Winners',
        publishedOn: null,
      },
    });
    expect(loser!.latest).toMatchObject({ status: 'lost', note: 'Lost on the night', source: null });
  });

  it('returns an edition without categories as empty', async () => {
    const { db, e90 } = setup();
    expect(await listEditionCategories(db, e90.id)).toEqual([]);
  });
});

describe('matchEditionSlug', () => {
  it('finds an edition by its ordinal, with or without the suffix, and by another case of its slug', async () => {
    const { db, oscars } = setup();
    expect(await matchEditionSlug(db, oscars.id, '89')).toEqual({ kind: 'one', slug: '89th' });
    expect(await matchEditionSlug(db, oscars.id, '89th')).toEqual({ kind: 'one', slug: '89th' });
    expect(await matchEditionSlug(db, oscars.id, '89TH')).toEqual({ kind: 'one', slug: '89th' });
  });

  it('finds an edition by its awards year or its ceremony year, and never guesses between two', async () => {
    const { db, oscars, ida } = setup();
    // 2016: the films of the 89th, and the ceremony of the 88th, whose date is not known but whose award's
    // dated edition (the 89th, of 2016, held in 2017) shows it is held the year after its awards year.
    const of2016 = await matchEditionSlug(db, oscars.id, '2016');
    expect(of2016.kind === 'many' && of2016.editions.map((e) => e.slug)).toEqual(['88th', '89th']);
    // 2018: the 90th's ceremony, by the same reading, and no other.
    expect(await matchEditionSlug(db, oscars.id, '2018')).toEqual({ kind: 'one', slug: '90th' });
    // 2017: the 89th's ceremony and the 90th's films.
    const both = await matchEditionSlug(db, oscars.id, '2017');
    expect(both.kind === 'many' && both.editions.map((e) => e.slug)).toEqual(['89th', '90th']);
    expect(await matchEditionSlug(db, oscars.id, '1999')).toEqual({ kind: 'none' });
    expect(await matchEditionSlug(db, ida.id, '32nd')).toEqual({ kind: 'one', slug: '2016' });
  });

  it('matches nothing for a slug that is neither a year nor an ordinal', async () => {
    const { db, oscars } = setup();
    expect(await matchEditionSlug(db, oscars.id, 'best-ever')).toEqual({ kind: 'none' });
  });
});

describe('getEdition and getEditionNeighbours', () => {
  it('finds an edition only under its own award', async () => {
    const { db } = setup();
    expect(await getEdition(db, 'academy-awards', '89th')).toMatchObject({
      name: '89th Academy Awards',
      ceremonyDate: '2017-02-26',
      awardName: 'Academy Awards',
    });
    expect(await getEdition(db, 'ida-documentary-awards', '89th')).toBeUndefined();
  });

  it('links an edition to the one before and after it', async () => {
    const { db, oscars, e88, e89, e90 } = setup();
    expect(await getEditionNeighbours(db, oscars.id, e89.id)).toEqual({
      previous: { id: e88.id, slug: '88th', name: '88th Academy Awards' },
      next: { id: e90.id, slug: '90th', name: '90th Academy Awards' },
    });
    expect((await getEditionNeighbours(db, oscars.id, e90.id)).next).toBeUndefined();
  });
});

describe('award pages', () => {
  it('lists every award with its organization, number of editions and span of years', async () => {
    const { db } = setup();
    expect(await listAwards(db)).toEqual([
      {
        slug: 'academy-awards',
        name: 'Academy Awards',
        kind: 'ceremony',
        organization: 'Academy of Motion Picture Arts and Sciences',
        editionCount: 3,
        firstYearLabel: '2015',
        lastYear: 2017,
      },
      {
        slug: 'ida-documentary-awards',
        name: 'IDA Documentary Awards',
        kind: 'ceremony',
        organization: 'International Documentary Association',
        editionCount: 1,
        firstYearLabel: '2016',
        lastYear: 2016,
      },
    ]);
    expect(await getAwardBySlug(db, 'no-such-award')).toBeUndefined();
  });

  it('lists editions newest first with the winners of documentary categories only', async () => {
    const { db, oscars } = setup();
    const list = await listEditionsForAward(db, oscars.id);
    expect(list.map((e) => e.slug)).toEqual(['90th', '89th', '88th']);
    expect(list[1]!.winners.map((w) => [w.category, w.films[0]?.title])).toEqual([
      ['Documentary (Feature)', 'O.J.: Made in America'],
      ['Documentary (Short Subject)', 'The White Helmets'],
    ]);
    expect(list[0]!.winners).toEqual([]);
  });

  it('lists canonical categories, documentary first, with how many editions gave them', async () => {
    const { db, oscars } = setup();
    const list = await listCanonicalCategories(db, oscars.id);
    expect(list.map((c) => [c.name, c.editionCount, c.firstYear, c.lastYear])).toEqual([
      ['DOCUMENTARY (Feature)', 2, 2015, 2016],
      ['DOCUMENTARY (Short Subject)', 1, 2016, 2016],
      ['BEST PICTURE', 1, 2016, 2016],
    ]);
  });

  it('lists the categories not yet linked across the years by name, once for several editions', async () => {
    const { db, oscars, ida, e90 } = setup();
    // IDA's Best Feature of 2016 is linked to nothing; neither is a category of the 90th Oscars.
    ensureCategory(db, { editionId: e90.id, name: 'Documentary Short' }, ACTOR);
    expect(await listUnlinkedCategories(db, ida.id)).toEqual([
      { name: 'Best Feature', editionCount: 1, firstYear: 2016, lastYear: 2016 },
    ]);
    expect((await listUnlinkedCategories(db, oscars.id)).map((c) => c.name)).toEqual(['Documentary Short']);
    expect(await listCanonicalCategories(db, ida.id)).toEqual([]);
  });
});

describe('home page', () => {
  it('splits editions into upcoming (by date) and recent (latest first, undated ones by year)', async () => {
    const { db } = setup();
    expect((await listUpcomingEditions(db, '2017-01-01')).map((e) => e.name)).toEqual(['89th Academy Awards']);
    // On the day itself it is upcoming until its results are complete: then it has been held.
    expect((await listUpcomingEditions(db, '2017-02-26')).map((e) => e.name)).toEqual(['89th Academy Awards']);
    db.update(editionsTable).set({ resultsComplete: true }).where(eq(editionsTable.name, '89th Academy Awards')).run();
    expect(await listUpcomingEditions(db, '2017-02-26')).toEqual([]);
    const recent = await listRecentEditions(db, '2017-01-01');
    // The 90th (films of 2017, no date) may not have happened yet; the 88th counts by its year, 2015.
    expect(recent.map((e) => [e.name, e.awardSlug])).toEqual([
      ['2016 IDA Documentary Awards', 'ida-documentary-awards'],
      ['88th Academy Awards', 'academy-awards'],
    ]);
    expect((await listRecentEditions(db, '2018-06-01', 8, 3)).map((e) => e.name)).toEqual([
      '90th Academy Awards',
      '89th Academy Awards',
      '2016 IDA Documentary Awards',
      '88th Academy Awards',
    ]);
  });

  it('keeps one award with a long history from filling the recent editions', async () => {
    const { db } = setup();
    expect((await listRecentEditions(db, '2018-06-01', 8, 2)).map((e) => e.name)).toEqual([
      '90th Academy Awards',
      '89th Academy Awards',
      '2016 IDA Documentary Awards',
    ]);
  });

  it('shows the latest documentary wins with film, category, edition and source, not other categories', async () => {
    const { db, oscars, wrap } = setup();
    const results = await listLatestResults(db, 10);
    // Newest edition first (the 89th's ceremony was in 2017), its categories in the award's order.
    expect(results.map((r) => [r.editionName, r.category, r.films[0]?.title])).toEqual([
      ['89th Academy Awards', 'Documentary (Feature)', 'O.J.: Made in America'],
      ['89th Academy Awards', 'Documentary (Short Subject)', 'The White Helmets'],
      ['2016 IDA Documentary Awards', 'Best Feature', 'O.J.: Made in America'],
      ['88th Academy Awards', 'Documentary (Feature)', 'Amy'],
    ]);
    expect(results[0]).toMatchObject({ awardSlug: oscars.slug, editionSlug: '89th', source: { id: wrap.id } });
  });

  it('lists a win undone and entered again once', async () => {
    const { db, oj } = setup();
    changeStatus(db, { nominationId: oj.id, to: 'nominated', actor: 'user:1', note: 'Undone' });
    changeStatus(db, { nominationId: oj.id, to: 'won', actor: 'user:1', note: 'Entered again' });
    const results = await listLatestResults(db, 10);
    expect(results.filter((r) => r.nominationId === oj.id)).toHaveLength(1);
  });

  it('drops a win that was later taken back', async () => {
    const { db, oj } = setup();
    changeStatus(db, { nominationId: oj.id, to: 'lost', actor: 'user:1', note: 'Entered by mistake' });
    const results = await listLatestResults(db, 10);
    expect(results.some((r) => r.nominationId === oj.id)).toBe(false);
  });
});

describe('source pages', () => {
  it('lists every status a source supports, a page at a time', async () => {
    const { db, dataset, wrap } = setup();
    expect(await getSourceForPage(db, wrap.id)).toMatchObject({
      publisher: 'TheWrap',
      url: 'https://example.org/wrap',
    });
    const all = await listStatusesForSource(db, dataset.id, { limit: 100, offset: 0 });
    // Fire at Sea (nominated), White Helmets, Moonlight and Amy (won): the lost step had only a note.
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => [r.films[0]?.title, r.status, r.editionName])).toEqual([
      ['Amy', 'won', '88th Academy Awards'],
      ['Moonlight', 'won', '89th Academy Awards'],
      ['The White Helmets', 'won', '89th Academy Awards'],
      ['Fire at Sea', 'nominated', '89th Academy Awards'],
    ]);
    const second = await listStatusesForSource(db, dataset.id, { limit: 3, offset: 3 });
    expect(second).toMatchObject({ total: 4, rows: [{ status: 'nominated', category: 'Documentary (Feature)' }] });
  });
});
