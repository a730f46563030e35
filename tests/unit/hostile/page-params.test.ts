// Property: the query-string parsers of the public search page, the A–Z lists, the dashboard and the audit
// log never throw on any input (arrays, unicode, huge values, keys they do not know) and always return
// either a valid filter or sentences saying what is wrong; a valid filter survives its own link (href → parse).
// The search page's data path (FTS5 over a seeded database, the editions the words name, the spelling
// suggested) is then run with whatever the parser lets through, since FTS5 query syntax is where free
// text most easily breaks a query.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE, PAGE_SIZE, SEARCH_TEXT_MAX, parseSearchParams, searchHref } from '@/app/search/search-params';
import { dashboardHref, parseDashboardParams } from '@/app/dashboard/dashboard-params';
import { auditHref, parseAuditParams, toAuditCursor, toAuditFilters } from '@/app/admin/audit/audit-params';
import { SCOREBOARD_SORTS } from '@/db/queries/dashboard-scoreboard';
import { BROWSE_PAGE_SIZE, browseFilms, browsePeople } from '@/db/queries/browse';
import { parseBrowseParams } from '@/app/_components/browse-list';
import { planAuditQuery } from '@/db/queries/audit-plan';
import {
  parseSearchText,
  resolveCategorySlugs,
  searchEditions,
  searchNames,
  searchNominations,
  suggestSpelling,
} from '@/db/search';
import { seedDatabase } from '@/db/seed';
import type { Db } from '@/db/client';
import { freshDatabase } from '@/tests/helpers/db';
import { SEED, segment, wellFormed } from './hostile-input';

type Raw = Record<string, string | string[] | undefined>;

/** A value as Next.js hands searchParams to a page: absent, one string, or several for a repeated key. */
const rawValue = (values: fc.Arbitrary<string>) => {
  const text = values.map(wellFormed);
  return fc.oneof(fc.constant(undefined), text, fc.array(text, { maxLength: 25 }));
};
const rawParams = (keys: string[], values: fc.Arbitrary<string>): fc.Arbitrary<Raw> =>
  fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 6 })), rawValue(values), { maxKeys: 8 });

const queryOf = (href: string): Raw => {
  const out: Raw = {};
  for (const [key, value] of new URL(href, 'http://laurels.test').searchParams) {
    const had = out[key];
    out[key] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value];
  }
  return out;
};

const searchValues = fc.oneof(
  segment,
  fc.constantFrom(
    '2016',
    '1999',
    '0000',
    '1',
    '40',
    '41',
    'on',
    'true',
    'best-feature',
    '"lovers',
    'NEAR(a b)',
    'a*',
    '-x',
    'AND',
    'OR NOT',
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('the search page’s query string', () => {
  it('is a valid search or a list of sentences, and a valid one survives its own link', () => {
    fc.assert(
      fc.property(rawParams(['q', 'award', 'category', 'from', 'to', 'won', 'page'], searchValues), (raw) => {
        const parsed = parseSearchParams(raw);
        expect(parsed.raw.q.length).toBeLessThanOrEqual(SEARCH_TEXT_MAX * 2);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const error of parsed.errors) expect(error).toMatch(/^\S.{5,}/);
          return;
        }
        const { params } = parsed;
        expect((params.q ?? '').length).toBeLessThanOrEqual(SEARCH_TEXT_MAX);
        expect(params.page).toBeGreaterThanOrEqual(1);
        expect(params.page).toBeLessThanOrEqual(999_999);
        if (params.from !== undefined && params.to !== undefined) expect(params.from).toBeLessThanOrEqual(params.to);
        const again = parseSearchParams(queryOf(searchHref(params, params.page)));
        expect(again.ok && again.params).toEqual(params);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('the dashboard’s query string', () => {
  it('keeps what it can read, drops the rest with a sentence each, and survives its own link', () => {
    const values = fc.oneof(
      searchValues,
      fc.constantFrom('2016-17', '1999-00', '2016-18', 'wins', 'title', '12', '0', '-3', '1.5'),
    );
    fc.assert(
      fc.property(rawParams(['season', 'award', 'category', 'sort'], values), (raw) => {
        const { params, problems } = parseDashboardParams(raw);
        for (const problem of problems) expect(problem).toMatch(/^\S.{5,}/);
        expect(SCOREBOARD_SORTS).toContain(params.sort);
        if (params.category !== null) expect(Number.isSafeInteger(params.category) && params.category > 0).toBe(true);
        if (params.award !== null) expect(params.award).toMatch(/^[a-z0-9-]{1,120}$/);
        const again = parseDashboardParams(queryOf(dashboardHref(params)));
        expect(again).toEqual({ params, problems: [] });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('the audit log’s query string', () => {
  it('is a valid filter (which plans a query) or a list of sentences, and survives its own link', () => {
    const values = fc.oneof(
      searchValues,
      fc.constantFrom(
        'user:1',
        'seed',
        'import:oscar-data',
        'film',
        'nomination',
        'film.update',
        '2016-12-09',
        '2016-02-30',
        '12',
        '0',
      ),
    );
    fc.assert(
      fc.property(rawParams(['actor', 'entity', 'id', 'action', 'from', 'to', 'older', 'newer'], values), (raw) => {
        const parsed = parseAuditParams(raw);
        for (const value of Object.values(parsed.raw)) expect(value.length).toBeLessThanOrEqual(200);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const error of parsed.errors) expect(error).toMatch(/^\S.{5,}/);
          return;
        }
        const filters = toAuditFilters(parsed.params);
        const cursor = toAuditCursor(parsed.params);
        expect(() => planAuditQuery(filters)).not.toThrow();
        const again = parseAuditParams(queryOf(auditHref(filters, cursor)));
        expect(again.ok && again.params).toEqual(parsed.params);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('the search page’s data path', () => {
  let db: Db;
  beforeAll(async () => {
    db = freshDatabase().db;
    await seedDatabase(db);
  });

  it('runs every search the parser accepts without an error from the database', async () => {
    const text = fc.oneof(
      segment,
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc
        .array(
          fc.constantFrom(
            '"',
            '*',
            '^',
            ':',
            'NEAR',
            '(',
            ')',
            'AND',
            'OR',
            'NOT',
            '-',
            '+',
            'lovers',
            'ida',
            '13th',
            '{',
            '}',
            "'",
            '\\',
            'winners',
            '2016',
            '89th',
            'documentary',
            'for',
            'lovrs',
          ),
          {
            maxLength: 12,
          },
        )
        .map((words) => words.join(' ')),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.array(segment, { maxLength: 3 }), fc.boolean(), async (q, categories, won) => {
        const parsed = parseSearchParams({ q, category: categories, won: won ? '1' : undefined });
        if (!parsed.ok) return;
        const params = parsed.params;
        const found = await resolveCategorySlugs(db, params.category);
        const searchText = params.q ? parseSearchText(params.q) : null;
        if (searchText?.match) {
          await searchNames(db, searchText);
          expect((await searchEditions(db, searchText)).length).toBeLessThanOrEqual(10);
        }
        // A spelling suggested replaces words one for one, and is never the text itself.
        const suggestion = params.q ? await suggestSpelling(db, params.q) : null;
        if (suggestion !== null) {
          const words = (text: string) => text.match(/[\p{L}\p{N}\p{Co}]+/gu)?.length ?? 0;
          expect(suggestion).not.toBe(params.q);
          expect(words(suggestion)).toBe(words(params.q!));
        }
        const results = await searchNominations(
          db,
          { text: searchText, canonicalCategoryIds: found.ids, wonOnly: params.won },
          { limit: PAGE_SIZE, offset: 0, countLimit: PAGE_SIZE * MAX_PAGE },
        );
        expect(results.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('the A–Z lists’ query string and data path', () => {
  let db: Db;
  beforeAll(async () => {
    db = freshDatabase().db;
    await seedDatabase(db);
  });

  it('refuses words too long to search rather than cutting them, which could drop a closing quote', () => {
    const long = `"${'made in america '.repeat(20)}"`;
    expect(parseBrowseParams({ q: long })).toMatchObject({
      filter: { letter: 'a' },
      problem: 'The search text is too long: at most 200 characters. Showing A.',
    });
  });

  it('reads any address as a letter or words and a page (or says why not), and lists without an error', async () => {
    const values = fc.oneof(searchValues, fc.constantFrom('#', 'a', 'Q', '%23', '0', '999999', 'war', 'a* b*'));
    await fc.assert(
      fc.asyncProperty(rawParams(['letter', 'q', 'page'], values), async (raw) => {
        const { filter, page, problem } = parseBrowseParams(raw);
        expect(page).toBeGreaterThanOrEqual(1);
        if (problem !== undefined) expect(problem).toMatch(/^(“.*”|The search text is too long)/s);
        for (const list of [browseFilms, browsePeople]) {
          const { total, rows, tooMany } = await list(db, filter, page);
          expect(rows.length).toBeLessThanOrEqual(BROWSE_PAGE_SIZE);
          expect(
            tooMany ? rows.length : Math.max(0, Math.min(BROWSE_PAGE_SIZE, total - (page - 1) * BROWSE_PAGE_SIZE)),
          ).toBe(rows.length);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
