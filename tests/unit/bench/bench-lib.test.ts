// The benchmark's own parts: options, budgets, the generated catalogue, the routes picked from the data
// and the memory reading. (Its figures are checked by running it: `npm run bench`, `--quick` in CI.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figure } from '@/bench/lib/budgets';
import { filmStride, FULL_SIZE, generateCatalogue, generatedWords, QUICK_SIZE } from '@/bench/lib/generate-catalogue';
import { groupResidentMb } from '@/bench/lib/memory';
import { parseBenchOptions } from '@/bench/lib/options';
import { formatTable } from '@/bench/lib/report';
import { pickBenchRoutes, STATIC_FILE } from '@/bench/lib/routes';
import { parseSearchText, searchNames } from '@/db/search';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '../../helpers/db';

const SMALL = { films: 60, people: 25, nominations: 600, awards: 3, editionsPerAward: 4 };

function generated() {
  const { db } = freshDatabase();
  generateCatalogue(db.$client, SMALL);
  const one = <T>(query: string, ...params: unknown[]) =>
    db.$client
      .prepare(query)
      .pluck()
      .get(...params) as T;
  return { db, one };
}

describe('benchmark options', () => {
  it('measures the full size with 16 clients unless told otherwise', () => {
    expect(parseBenchOptions([])).toMatchObject({ size: FULL_SIZE, connections: 16, seconds: 10, quick: false });
    expect(FULL_SIZE).toMatchObject({ films: 100_000, nominations: 1_000_000, awards: 200, editionsPerAward: 30 });
    expect(parseBenchOptions(['--quick'])).toMatchObject({ size: QUICK_SIZE, seconds: 2, quick: true });
    expect(parseBenchOptions(['--nominations', '2_000_000']).size.nominations).toBe(2_000_000);
  });

  it('refuses a bad option with a one-line reason', () => {
    expect(() => parseBenchOptions(['--films', '0'])).toThrow('--films needs a whole number of 1 or more');
    expect(() => parseBenchOptions(['--seconds', 'many'])).toThrow('--seconds needs a whole number');
    expect(() => parseBenchOptions(['--port', '70000'])).toThrow('--port must be at most 65,535');
    expect(() => parseBenchOptions(['--editions', '101'])).toThrow('--editions must be at most 100');
    expect(() => parseBenchOptions(['--connections', '100000'])).toThrow('--connections must be at most 1,000');
    expect(() => parseBenchOptions(['--nominations', '1_000_000_000'])).toThrow('at most 100,000,000');
    // Only decimal digits: Number() would read these as 16, 100 and 1.
    for (const written of ['0x10', '1e2', '1.0', ' 1', '+1'])
      expect(() => parseBenchOptions(['--films', written]), written).toThrow('--films needs a whole number');
    expect(() => parseBenchOptions(['--fast'])).toThrow(/--fast/);
  });
});

describe('benchmark budgets', () => {
  it('checks a figure in the budget direction, the boundary included only where the budget says "at most"', () => {
    expect(figure('import', 20_000, 'rows/s', { value: 20_000, direction: 'at least' }).ok).toBe(true);
    expect(figure('import', 19_999, 'rows/s', { value: 20_000, direction: 'at least' }).ok).toBe(false);
    expect(figure('p99', 100, 'ms', { value: 100, direction: 'under' }).ok).toBe(false);
    expect(figure('p99', 99, 'ms', { value: 100, direction: 'under' }).ok).toBe(true);
    expect(figure('js', 125, 'kB', { value: 125, direction: 'at most' }).ok).toBe(true);
    expect(figure('req/s', 10, 'req/s')).toEqual({ name: 'req/s', value: 10, unit: 'req/s' });
  });
});

describe('benchmark table', () => {
  it('pads columns to their widest cell and right-aligns figures', () => {
    const table = formatTable(
      ['page', 'p99 ms'],
      [
        ['home', '12.5'],
        ['largest edition', '140.0'],
      ],
    );
    expect(table.split('\n')).toEqual([
      'page             p99 ms',
      '---------------  ------',
      'home               12.5',
      'largest edition   140.0',
    ]);
  });
});

describe('generated catalogue', () => {
  it('writes exactly the size asked for, every award marked as generated', () => {
    const { one } = generated();
    expect(one('select count(*) from films')).toBe(SMALL.films);
    expect(one('select count(*) from people')).toBe(SMALL.people);
    expect(one('select count(*) from nominations')).toBe(SMALL.nominations);
    expect(one('select count(*) from awards')).toBe(SMALL.awards);
    expect(one('select count(*) from editions')).toBe(SMALL.awards * SMALL.editionsPerAward);
    expect(
      one(`select count(*) from awards where name like 'Generated Award %' and description like '%not a real award%'`),
    ).toBe(SMALL.awards);
    expect(one(`select count(*) from films where slug not like 'generated-%'`)).toBe(0);
    expect(one(`select name from organizations`)).toBe('Laurels benchmark (generated data)');
  });

  it('keeps the database whole: every key resolves, five different nominees a category, one winner each', () => {
    const { db, one } = generated();
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(
      one(`select count(*) from (select category_id from nominations group by category_id having count(*) != 5)`),
    ).toBe(0);
    expect(
      one(
        `select count(*) from (select category_id from nominations where status = 'won' group by category_id having count(*) != 1)`,
      ),
    ).toBe(0);
    // No film twice in a category.
    expect(
      one(`select count(*) from (select n.category_id, nf.film_id from nominations n
           join nomination_films nf on nf.nomination_id = n.id group by 1, 2 having count(*) > 1)`),
    ).toBe(0);
  });

  it('gives each nomination a sourced history ending in its status', () => {
    const { one } = generated();
    expect(one('select count(*) from status_events')).toBe(SMALL.nominations * 2);
    expect(one(`select count(*) from status_events where source_id is null or actor != 'bench:generated'`)).toBe(0);
    expect(
      one(`select count(*) from nominations n where n.status != (select to_status from status_events e
           where e.nomination_id = n.id order by e.id desc limit 1)`),
    ).toBe(0);
  });

  it('gives a category five different films whatever the number of films', () => {
    // 7,919 films once made every category name one film five times (the step was 7,919).
    for (const films of [7919, 15838, 23757, 31676, 60, 100_000]) {
      const stride = filmStride(films);
      for (let k = 1; k <= 4; k++) expect((k * stride) % films, `${films} films, ${k} steps`).not.toBe(0);
    }
    const { db } = freshDatabase();
    generateCatalogue(db.$client, { ...SMALL, films: 7919, nominations: 100 });
    const repeated = db.$client
      .prepare(
        `select count(*) from (select n.category_id, nf.film_id from nominations n
         join nomination_films nf on nf.nomination_id = n.id group by 1, 2 having count(*) > 1)`,
      )
      .pluck()
      .get();
    expect(repeated).toBe(0);
  });

  it('makes the rare word find one film and the common word one film in twenty', async () => {
    const { db } = generated();
    const words = generatedWords(SMALL);
    const search = async (q: string) => (await searchNames(db, parseSearchText(q), { limit: 100 })).films.total;
    expect(await search(words.rare)).toBe(1);
    expect(await search(words.common)).toBe(SMALL.films / 20);
    expect(await search(words.phrase)).toBeGreaterThan(0);
  });
});

describe('benchmark routes', () => {
  it('picks the heaviest pages from real and generated data, the static file first', async () => {
    const { db } = freshDatabase();
    await seedDatabase(db);
    generateCatalogue(db.$client, SMALL);
    const routes = pickBenchRoutes(db, generatedWords(SMALL));
    const path = (name: string) => routes.find((route) => route.name === name)?.path;
    expect(routes[0]).toMatchObject({ path: STATIC_FILE });
    expect(routes[0]!.group).toBeUndefined();
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
    // A generated edition (50 nominations) is larger than any seeded one; the Academy Awards have the most editions.
    expect(path('edition')).toMatch(/^\/awards\/generated-award-\d{3}\/\d{4}$/);
    expect(path('award')).toBe('/awards/academy-awards');
    expect(path('search, rare word')).toBe(`/search?q=${generatedWords(SMALL).rare}`);
    expect(routes.filter((route) => route.group === 'search').map((route) => route.name)).toEqual([
      'dashboard',
      'search, rare word',
      'search, common word',
      'search, phrase',
    ]);
    // Every public page has its first-load JavaScript measured, and one feed of each format is loaded.
    expect(routes.filter((route) => route.page).map((route) => route.path)).toEqual(
      expect.arrayContaining(['/', '/awards', '/dashboard', '/api', '/login']),
    );
    expect(path('feed, film')).toBe(`${path('film')!.replace('/films/', '/feeds/films/')}.atom`);
    expect(path('feed, edition')).toBe(`${path('edition')!.replace('/awards/', '/feeds/editions/')}.rss`);
    expect(path('calendar, award')).toBe('/feeds/awards/academy-awards.ics');
    expect(routes.filter((route) => route.path.startsWith('/feeds/')).every((route) => route.group)).toBe(true);
  });

  it('names what is missing when the database has not been seeded', () => {
    const { db } = freshDatabase();
    expect(() => pickBenchRoutes(db, generatedWords(SMALL))).toThrow('the benchmark database has no edition');
  });
});

describe('benchmark memory', () => {
  it('adds up the resident memory of a process group, which holds at least this process', () => {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    const ownMb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;
    // Memory moves between the two readings; a tenth of slack keeps the test about the group, not the moment.
    expect(groupResidentMb(group)).toBeGreaterThan(ownMb * 0.9);
    expect(groupResidentMb(2 ** 22 + 12345)).toBe(0);
  });
});
