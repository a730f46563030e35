import { and, eq } from 'drizzle-orm';
import { sortTitle } from '@/db/rules/sort-title';
import { foldText } from '@/db/rules/text';
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { countNominationsPerYear, listFilmSeasonPath } from '@/db/queries/dashboard-charts';
import { listRecentStatusChanges } from '@/db/queries/dashboard-activity';
import { listDashboardEditions } from '@/db/queries/dashboard-editions';
import { getScoreboard, listSeasonCategories } from '@/db/queries/dashboard-scoreboard';
import { defaultSeason, listSeasons } from '@/db/queries/dashboard-seasons';
import { sweepAwaitingResults } from '@/jobs/sweep/sweep-job';
import { ensureCanonicalCategory, ensureCategory } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { ensurePerson } from '@/db/queries/people';
import { createNomination } from '@/db/queries/nominations';
import { editions } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { seedDashboardFixture } from './dashboard-fixture';

const TODAY = '2026-11-25';
const { db } = freshDatabase();
const { eightyNinth, doc89 } = seedDashboardFixture(db);

const editionIdOf = (on: Db, slug: string, award: number) =>
  on
    .select()
    .from(editions)
    .where(and(eq(editions.slug, slug), eq(editions.awardId, award)))
    .get()!.id;
const awardId = (slug: string) => listSeasonCategories(db, 2016).find((c) => c.awardSlug === slug)!.awardId;

describe('dashboard seasons', () => {
  it('lists the seasons up to today that hold nominations, latest first', () => {
    const seasons = listSeasons(db, TODAY);
    expect(seasons.map((s) => s.start)).toEqual([2025, 2016, 2015]);
    expect(seasons.find((s) => s.start === 2016)?.awards).toBe(4);
    expect(listSeasons(db, '2017-01-01').map((s) => s.start)).toEqual([2016, 2015]);
  });

  it('opens on the fullest circuit when the current season has no data, on the current one when it has', () => {
    expect(defaultSeason(listSeasons(db, TODAY), TODAY)).toBe(2016);
    expect(defaultSeason(listSeasons(db, '2026-02-01'), '2026-02-01')).toBe(2025);
    expect(defaultSeason([], TODAY)).toBeNull();
  });
});

describe('the season scoreboard', () => {
  it('puts O.J.: Made in America, which swept the 2016–17 circuit, at the top', () => {
    const [first, second] = getScoreboard(db, { season: 2016 });
    expect(first).toMatchObject({ title: 'O.J.: Made in America', wins: 3, nominations: 3 });
    expect(first?.byAward.get(awardId('academy-awards'))).toEqual({
      nominations: 1,
      wins: 1,
      lost: 0,
      runnerUp: 0,
      honorableMention: 0,
      shortlisted: 0,
    });
    expect(first?.byAward.get(awardId('sundance-film-festival'))).toBeUndefined();
    // 13th: IDA VideoSource and Critics' Choice won, IDA Best Feature and the Oscar lost.
    expect(second).toMatchObject({ title: '13th', wins: 2, lost: 2, nominations: 4 });
    // Its one Oscar nomination was decided against it: the badge says so.
    expect(second?.byAward.get(awardId('academy-awards'))).toEqual({
      nominations: 1,
      wins: 0,
      lost: 1,
      runnerUp: 0,
      honorableMention: 0,
      shortlisted: 0,
    });
  });

  it('keeps to documentaries and to the season', () => {
    const titles = getScoreboard(db, { season: 2016 }).map((row) => row.title);
    expect(titles).not.toContain('Moonlight');
    expect(titles).not.toContain('Amy');
    expect(getScoreboard(db, { season: 2015 }).map((row) => row.title)).toEqual(['Amy']);
  });

  it('sorts by title or by nominations', () => {
    const byTitle = getScoreboard(db, { season: 2016, sort: 'title' }).map((row) => row.title);
    expect(byTitle[0]).toBe('13th');
    // Filed as the A–Z list files them: "The White Helmets" under W.
    const filed = (title: string) => sortTitle(foldText(title));
    expect(byTitle).toEqual(
      [...byTitle].sort((a, b) => filed(a).localeCompare(filed(b), 'en', { sensitivity: 'base' })),
    );
    expect(byTitle.some((title) => title.startsWith('The '))).toBe(true);
    expect(byTitle.indexOf('The Lovers and the Despot')).toBeLessThan(byTitle.indexOf('O.J.: Made in America'));
    expect(getScoreboard(db, { season: 2016, sort: 'nominations' })[0]?.title).toBe('13th');
  });

  it('narrows to one award or one category', () => {
    const ida = getScoreboard(db, { season: 2016, award: 'ida-documentary-awards' });
    // At the IDA alone, 13th (two nominations, one win) leads O.J. (one of each).
    expect(ida.map((row) => [row.title, row.wins, row.nominations]).slice(0, 2)).toEqual([
      ['13th', 1, 2],
      ['O.J.: Made in America', 1, 1],
    ]);
    expect(ida.every((row) => [...row.byAward.keys()].every((id) => id === awardId('ida-documentary-awards')))).toBe(
      true,
    );
    expect(getScoreboard(db, { season: 2016, category: doc89 }).map((row) => row.title)).toEqual([
      'O.J.: Made in America',
      '13th',
    ]);
  });

  it('counts runner-up places and honorable mentions apart from open nominations', () => {
    const { db: other } = freshDatabase();
    seedDashboardFixture(other);
    const ida = listSeasonCategories(other, 2016).find((c) => c.awardSlug === 'ida-documentary-awards')!;
    const editionId = editionIdOf(other, ida.editionSlug, ida.awardId);
    const placed = (category: string, title: string, status: 'runner_up' | 'honorable_mention') => {
      const { id: categoryId } = ensureCategory(other, { editionId, name: category }, 'test');
      const { film } = ensureFilm(other, { title, year: 2016, isDocumentary: true }, 'test');
      createNomination(other, {
        categoryId,
        filmIds: [film.id],
        personIds: [],
        status,
        reason: { actor: 'test', note: 'test fixture' },
      });
    };
    placed('Imaginary Prize', 'Imaginary Second', 'runner_up');
    placed('Imaginary Mention', 'Imaginary Honoree', 'honorable_mention');
    const rows = getScoreboard(other, { season: 2016 });
    const atIda = (title: string) => rows.find((row) => row.title === title)?.byAward.get(ida.awardId);
    expect(atIda('Imaginary Second')).toMatchObject({ nominations: 1, runnerUp: 1, honorableMention: 0, lost: 0 });
    expect(atIda('Imaginary Honoree')).toMatchObject({ nominations: 1, runnerUp: 0, honorableMention: 1, lost: 0 });
  });

  it('reads the whole scoreboard in one statement', () => {
    const prepare = vi.spyOn(db.$client, 'prepare');
    try {
      getScoreboard(db, { season: 2016 });
      expect(prepare).toHaveBeenCalledTimes(1);
    } finally {
      prepare.mockRestore();
    }
  });
});

describe('edition status', () => {
  it('lists the season’s editions by ceremony date with their counts and awaiting categories', () => {
    sweepAwaitingResults(db, new Date(`${TODAY}T12:00:00Z`), 'job:sweep');
    const rows = listDashboardEditions(db, 2016, TODAY);
    expect(rows.map((row) => row.name)).toEqual([
      "1st Critics' Choice Documentary Awards",
      '2016 IDA Documentary Awards',
      '89th Academy Awards',
      '2016 Sundance Film Festival',
    ]);
    const oscars = rows.find((row) => row.id === eightyNinth.id);
    expect(oscars?.counts).toEqual({ shortlisted: 0, nominated: 0, won: 2, lost: 1 });
    // Every seeded category of the season has its winner: none awaits results.
    expect(rows.flatMap((row) => row.awaitingCategories)).toEqual([]);
  });

  it('shows a category still awaiting results after the sweep, and an edition whose dates lie ahead', () => {
    const { db: other } = freshDatabase();
    seedDashboardFixture(other);
    const ida = listSeasonCategories(other, 2016).find((c) => c.awardSlug === 'ida-documentary-awards')!;
    const short = ensureCategory(
      other,
      { editionId: editionIdOf(other, ida.editionSlug, ida.awardId), name: 'Best Short' },
      'test',
    );
    const { film } = ensureFilm(other, { title: 'Imaginary Short', year: 2016, isDocumentary: true }, 'test');
    createNomination(other, {
      categoryId: short.id,
      filmIds: [film.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'test', note: 'test fixture' },
    });
    expect(sweepAwaitingResults(other, new Date(`${TODAY}T12:00:00Z`), 'job:sweep').flagged).toBe(1);
    const idaRow = listDashboardEditions(other, 2016, TODAY).find((row) => row.name === '2016 IDA Documentary Awards');
    expect(idaRow?.awaitingCategories).toEqual(['Best Short']);
    expect(idaRow?.counts.nominated).toBe(1);
    const ahead = listDashboardEditions(other, 2016, '2017-02-20').find((row) => row.name === '89th Academy Awards');
    expect(ahead?.ceremonyDate).toBe('2017-02-26');
    expect(listDashboardEditions(other, 2015, '2017-02-20').map((row) => row.name)).toContain('89th Academy Awards');
  });
});

describe('recent status changes', () => {
  it('lists the latest twenty, newest first, with what they are about and their source', () => {
    const changes = listRecentStatusChanges(db);
    expect(changes).toHaveLength(20);
    expect(changes[0]).toMatchObject({ filmTitle: 'Moonlight', toStatus: 'won', source: null, note: 'test fixture' });
    const cited = changes.find((change) => change.source !== null);
    expect(cited?.source?.publisher).toBeTruthy();
  });

  it('names a nomination of people alone by its first person, and leaves out other kinds of category', () => {
    const { db: other } = freshDatabase();
    const { eightyNinth } = seedDashboardFixture(other);
    const canonical = (name: string, isDocumentary: boolean) =>
      ensureCanonicalCategory(other, { awardId: eightyNinth.awardId, name, isDocumentary }).id;
    const nominate = (name: string, canonicalCategoryId: number, person: string) =>
      createNomination(other, {
        categoryId: ensureCategory(other, { editionId: eightyNinth.id, name, canonicalCategoryId }, 'test').id,
        filmIds: [],
        personIds: [ensurePerson(other, { name: person }, 'test').person.id],
        status: 'won',
        reason: { actor: 'test', note: 'test fixture' },
      });
    nominate('Documentary Honorary Award', canonical('Documentary Honorary Award', true), 'Frederick Wiseman');
    nominate('Best Actor', canonical('Best Actor', false), 'Casey Affleck');
    const changes = listRecentStatusChanges(other);
    expect(changes[0]).toMatchObject({ nomineeName: 'Frederick Wiseman', filmTitle: null, toStatus: 'won' });
    expect(changes.map((change) => change.nomineeName)).not.toContain('Casey Affleck');
  });
});

describe('chart data', () => {
  it('counts documentary nominations per award and awards year, leaving out other kinds of category', () => {
    const { db: other } = freshDatabase();
    const { eightyNinth } = seedDashboardFixture(other);
    const picture = ensureCanonicalCategory(other, {
      awardId: eightyNinth.awardId,
      name: 'Best Picture',
      isDocumentary: false,
    });
    const category = ensureCategory(
      other,
      { editionId: eightyNinth.id, name: 'Best Picture (canonical)', canonicalCategoryId: picture.id },
      'test',
    );
    const before = countNominationsPerYear(other).find((c) => c.awardSlug === 'academy-awards' && c.year === 2016);
    const lalaland = ensureFilm(other, { title: 'La La Land', year: 2016 }, 'test').film;
    createNomination(other, {
      categoryId: category.id,
      filmIds: [lalaland.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'test', note: 'test fixture' },
    });
    const after = countNominationsPerYear(other).find((c) => c.awardSlug === 'academy-awards' && c.year === 2016);
    expect(after?.nominations).toBe(before?.nominations);
    expect(after?.nominations).toBeGreaterThan(0);
  });

  it('counts nominations per award and awards year', () => {
    const counts = countNominationsPerYear(db);
    expect(counts).toContainEqual({
      awardSlug: 'academy-awards',
      awardName: 'Academy Awards',
      year: 2016,
      nominations: 3,
    });
    expect(counts.find((c) => c.awardSlug === 'ida-documentary-awards' && c.year === 2016)?.nominations).toBe(10);
  });

  it('follows a film through the season in date order', () => {
    const oj = getScoreboard(db, { season: 2016 })[0]!;
    const path = listFilmSeasonPath(db, oj.filmId, 2016);
    expect(path.map((step) => [step.awardName, step.status])).toEqual([
      ["Critics' Choice Documentary Awards", 'won'],
      ['IDA Documentary Awards', 'won'],
      ['Academy Awards', 'won'],
    ]);
  });
});
