// The public routes a benchmark measures, chosen from the data rather than by id: the heaviest page of
// each kind (the largest edition, the most-nominated film and person) is the one that can miss a budget.
import { asc, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { foldText } from '../../db/rules/text';
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

export interface BenchRoute {
  name: string;
  path: string;
  expectedStatus: number;
  /** What the route shows, when it was picked from the data (printed so a reader knows what was timed). */
  detail?: string;
}

const LOVERS_AND_THE_DESPOT = 'The Lovers and the Despot';
const SEED_ARTICLE_SOURCE_KEY = 'seed-lovers-and-the-despot';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the benchmark database has no ${what}`);
  return value;
}

/** The Academy Awards edition with the most nominations. */
function largestOscarEdition(db: Db) {
  const nominationCount = count(nominations.id);
  const row = db
    .select({ slug: editions.slug, name: editions.name, nominations: nominationCount })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .innerJoin(categories, eq(categories.editionId, editions.id))
    .innerJoin(nominations, eq(nominations.categoryId, categories.id))
    .where(eq(awards.slug, 'academy-awards'))
    .groupBy(editions.id)
    .orderBy(desc(nominationCount), asc(editions.id))
    .limit(1)
    .get();
  return required(row, 'Academy Awards edition with nominations');
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

function filmTitled(db: Db, title: string) {
  const row = db
    .select({ slug: films.slug })
    .from(films)
    .where(eq(films.titleFolded, foldText(title)))
    .orderBy(asc(films.id))
    .limit(1)
    .get();
  return required(row, `film "${title}" (is the seed loaded?)`);
}

function sourceKeyed(db: Db, key: string) {
  const row = db.select({ id: sources.id }).from(sources).where(eq(sources.key, key)).get();
  return required(row, `source "${key}" (is the seed loaded?)`);
}

/** Every public page kind, plus search variants and a missing page, as issue 2's budget names them. */
export function pickPublicRoutes(db: Db): BenchRoute[] {
  const edition = largestOscarEdition(db);
  const film = mostNominatedFilm(db);
  const person = mostNominatedPerson(db);
  const lovers = filmTitled(db, LOVERS_AND_THE_DESPOT);
  const seedArticle = sourceKeyed(db, SEED_ARTICLE_SOURCE_KEY);
  const ok = 200;
  return [
    { name: 'home', path: '/', expectedStatus: ok },
    { name: 'awards', path: '/awards', expectedStatus: ok },
    { name: 'award', path: '/awards/academy-awards', expectedStatus: ok },
    {
      name: 'edition (largest)',
      path: `/awards/academy-awards/${edition.slug}`,
      expectedStatus: ok,
      detail: `${edition.name}, ${edition.nominations} nominations`,
    },
    { name: 'edition (IDA 2016)', path: '/awards/ida-documentary-awards/2016', expectedStatus: ok },
    {
      name: 'film (most nominated)',
      path: `/films/${film.slug}`,
      expectedStatus: ok,
      detail: `${film.title}, ${film.nominations} nominations`,
    },
    { name: 'film (Lovers and the Despot)', path: `/films/${lovers.slug}`, expectedStatus: ok },
    {
      name: 'person (most nominated)',
      path: `/people/${person.slug}`,
      expectedStatus: ok,
      detail: `${person.name}, ${person.nominations} nominations`,
    },
    { name: 'search "documentary"', path: '/search?q=documentary', expectedStatus: ok },
    { name: 'search "lovers despot"', path: '/search?q=lovers%20despot', expectedStatus: ok },
    {
      name: 'search (filtered)',
      path: '/search?award=academy-awards&won=1&from=2000&to=2016',
      expectedStatus: ok,
    },
    { name: 'source (seed article)', path: `/sources/${seedArticle.id}`, expectedStatus: ok },
    { name: 'missing film (404)', path: '/films/no-such-film', expectedStatus: 404 },
  ];
}
