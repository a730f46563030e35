// The routes a benchmark measures, chosen from the data rather than by id: the heaviest page of each kind
// (the edition with the most nominations, the most-nominated film and person) is the one that can miss a
// budget. Each route belongs to a budget group (bench/lib/budgets.ts): its requests per second are
// compared with the static file's, measured by the same server in the same run.
import { asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { BROWSE_LETTERS, BROWSE_PAGE_SIZE } from '../../db/queries/browse';
import { sortTitleSql } from '../../db/rules/sort-title';
import {
  awards,
  categories,
  editions,
  films,
  nominationFilms,
  nominationPeople,
  nominations,
  people,
  sources,
} from '../../db/schema';
import type { BudgetGroup } from './budgets';
import type { GeneratedWords } from './generate-catalogue';

export interface BenchRoute {
  name: string;
  path: string;
  /** Absent for the static file: it is the ceiling the others are measured against. */
  group?: BudgetGroup;
  /** An HTML page whose first-load JavaScript is measured in Chromium. */
  page: boolean;
  /** What the route shows, when it was picked from the data (printed so a reader knows what was timed). */
  detail?: string;
}

/** Served from public/ by the same server: the ceiling every route is compared with. */
export const STATIC_FILE = '/robots.txt';
/** An address that names nothing: the not-found page, the root layout with no page code of its own. */
export const FRAMEWORK_FLOOR = '/films/bench-floor-no-such-film';
const SEED_ARTICLE_SOURCE_KEY = 'seed-lovers-and-the-despot';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the benchmark database has no ${what}`);
  return value;
}

function largestEdition(db: Db) {
  const nominationCount = count(nominations.id);
  const row = db
    .select({ award: awards.slug, slug: editions.slug, name: editions.name, nominations: nominationCount })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .innerJoin(categories, eq(categories.editionId, editions.id))
    .innerJoin(nominations, eq(nominations.categoryId, categories.id))
    .groupBy(editions.id)
    .orderBy(desc(nominationCount), asc(editions.id))
    .limit(1)
    .get();
  return required(row, 'edition with nominations');
}

/** The award with the most editions, the heaviest award page. */
function largestAward(db: Db) {
  const editionCount = count(editions.id);
  const row = db
    .select({ slug: awards.slug, name: awards.name, editions: editionCount })
    .from(awards)
    .innerJoin(editions, eq(editions.awardId, awards.id))
    .groupBy(awards.id)
    .orderBy(desc(editionCount), asc(awards.id))
    .limit(1)
    .get();
  return required(row, 'award with editions');
}

function mostNominatedFilm(db: Db) {
  const nominationCount = count(nominationFilms.nominationId);
  const row = db
    .select({ slug: films.slug, title: films.title, nominations: nominationCount })
    .from(nominationFilms)
    .innerJoin(films, eq(films.id, nominationFilms.filmId))
    .groupBy(films.id)
    .orderBy(desc(nominationCount), asc(films.id))
    .limit(1)
    .get();
  return required(row, 'film with a nomination');
}

function mostNominatedPerson(db: Db) {
  const nominationCount = count(nominationPeople.nominationId);
  const row = db
    .select({ slug: people.slug, name: people.name, nominations: nominationCount })
    .from(nominationPeople)
    .innerJoin(people, eq(people.id, nominationPeople.personId))
    .groupBy(people.id)
    .orderBy(desc(nominationCount), asc(people.id))
    .limit(1)
    .get();
  return required(row, 'person with a nomination');
}

function seedArticle(db: Db) {
  const row = db.select({ id: sources.id }).from(sources).where(eq(sources.key, SEED_ARTICLE_SOURCE_KEY)).get();
  return required(row, `source "${SEED_ARTICLE_SOURCE_KEY}" (is the seed loaded?)`);
}

/**
 * The last page of the A–Z list's fullest letter: the deepest page there is, the one whose offset costs
 * most. (Titles under "#" are counted by their own first character here, so its page may not be its last.)
 */
function deepestBrowsePage(db: Db, table: SQLiteTable, filedBy: SQLiteColumn | SQL) {
  const first = sql<string>`substr(${filedBy}, 1, 1)`;
  const records = count();
  const row = required(
    db.select({ first, records }).from(table).groupBy(first).orderBy(desc(records)).limit(1).get(),
    'record to list from A to Z',
  );
  const letter = BROWSE_LETTERS.find((each) => each === row.first) ?? '#';
  const page = Math.ceil(row.records / BROWSE_PAGE_SIZE);
  return {
    query: `?letter=${encodeURIComponent(letter)}&page=${page}`,
    detail: `${letter.toUpperCase()}, page ${page}`,
  };
}

const search = (q: string) => `/search?q=${encodeURIComponent(q)}`;

/** Every public page kind, search for a rare word, a common word and a phrase, the API and the feeds. */
export function pickBenchRoutes(db: Db, words: GeneratedWords): BenchRoute[] {
  const edition = largestEdition(db);
  const award = largestAward(db);
  const film = mostNominatedFilm(db);
  const person = mostNominatedPerson(db);
  const source = seedArticle(db);
  const filmsAtoZ = deepestBrowsePage(db, films, sortTitleSql(films.titleFolded));
  const peopleAtoZ = deepestBrowsePage(db, people, people.nameFolded);
  return [
    { name: 'static file (ceiling)', path: STATIC_FILE, page: false },
    { name: 'home', path: '/', group: 'page', page: true },
    { name: 'awards', path: '/awards', group: 'other', page: true },
    {
      name: 'award',
      path: `/awards/${award.slug}`,
      group: 'other',
      page: true,
      detail: `${award.name}, ${award.editions} editions`,
    },
    {
      name: 'edition',
      path: `/awards/${edition.award}/${edition.slug}`,
      group: 'page',
      page: true,
      detail: `${edition.name}, ${edition.nominations} nominations`,
    },
    {
      name: 'film',
      path: `/films/${film.slug}`,
      group: 'page',
      page: true,
      detail: `${film.title}, ${film.nominations} nominations`,
    },
    {
      name: 'person',
      path: `/people/${person.slug}`,
      group: 'other',
      page: true,
      detail: `${person.name}, ${person.nominations} nominations`,
    },
    { name: 'source', path: `/sources/${source.id}`, group: 'other', page: true },
    { name: 'films A–Z', path: `/films${filmsAtoZ.query}`, group: 'other', page: true, detail: filmsAtoZ.detail },
    { name: 'people A–Z', path: `/people${peopleAtoZ.query}`, group: 'other', page: true, detail: peopleAtoZ.detail },
    { name: 'dashboard', path: '/dashboard', group: 'search', page: true },
    { name: 'search, rare word', path: search(words.rare), group: 'search', page: true, detail: words.rare },
    { name: 'search, common word', path: search(words.common), group: 'search', page: true, detail: words.common },
    { name: 'search, phrase', path: search(words.phrase), group: 'search', page: true, detail: words.phrase },
    { name: 'API, nominations', path: '/api/v1/nominations?per_page=50', group: 'api', page: false },
    { name: 'API, film', path: `/api/v1/films/${film.slug}`, group: 'api', page: false },
    { name: 'API guide', path: '/api', group: 'other', page: true },
    { name: 'sign-in page', path: '/login', group: 'other', page: true },
    // The feeds and calendars fans follow, one of each format, for the heaviest film, award and edition.
    { name: 'feed, everything', path: '/feeds/all.atom', group: 'other', page: false },
    { name: 'feed, film', path: `/feeds/films/${film.slug}.atom`, group: 'other', page: false },
    {
      name: 'feed, edition',
      path: `/feeds/editions/${edition.award}/${edition.slug}.rss`,
      group: 'other',
      page: false,
    },
    { name: 'calendar, award', path: `/feeds/awards/${award.slug}.ics`, group: 'other', page: false },
  ];
}
