// A generated catalogue for the benchmark, on top of the real data: many awards, editions, categories,
// films, people and nominations, so that pages and queries are measured at the size Laurels must carry
// (issue 7: by default 100,000 films, 1,000,000 nominations, 200 awards with 30 editions each).
// Everything generated is marked so nobody can take it for real data: one organisation "Laurels
// benchmark (generated data)", awards named "Generated Award NNN" with a description saying so, slugs
// starting "generated-", one source of kind 'dataset' keyed 'bench-generated', and the actor
// 'bench:generated' on every status change. It only ever goes into the benchmark's own database.
//
// Rows are written with set-based INSERT … SELECT over a counter where SQLite can compute them (categories,
// nominations, their links and status history) and with prepared statements where a title is built in
// JavaScript (films, people); the search-index triggers fire for them exactly as for any other writer.
import type Database from 'better-sqlite3';
import { personNameColumns } from '../../db/rules/sort-name';

export interface CatalogueSize {
  films: number;
  people: number;
  nominations: number;
  awards: number;
  editionsPerAward: number;
}

export const FULL_SIZE: CatalogueSize = {
  films: 100_000,
  people: 50_000,
  nominations: 1_000_000,
  awards: 200,
  editionsPerAward: 30,
};

export const QUICK_SIZE: CatalogueSize = {
  films: 5_000,
  people: 2_500,
  nominations: 50_000,
  awards: 20,
  editionsPerAward: 10,
};

/** Nominees per category, as in most real award categories. */
const NOMINEES_PER_CATEGORY = 5;
const ACTOR = 'bench:generated';
const LAST_YEAR = 2025;

/** What the benchmark searches for: words whose frequency in the generated titles is known. */
export interface GeneratedWords {
  /** In one film title in twenty. */
  common: string;
  /** A two-word phrase that starts some titles. */
  phrase: string;
  /** In exactly one film title. */
  rare: string;
}

// Pronounceable made-up words, so titles tokenise like real ones and match no real film. Words shared by
// many titles and a title's own word come from different consonants: search matches prefixes, and an
// own word must never start with a shared one.
const syllables = (consonants: string) => [...consonants].flatMap((c) => [...'aeiou'].map((v) => c + v));
const SHARED = syllables('bdfgklm');
const OWN = syllables('nprstvz');

/** The n-th word of `length` syllables from `alphabet` (n written in base alphabet.length). */
function word(alphabet: string[], n: number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    text = alphabet[n % alphabet.length] + text;
    n = Math.floor(n / alphabet.length);
  }
  return text;
}

/** Syllables an own word needs so that `count` of them differ, at least four. */
const ownLength = (count: number) => Math.max(4, Math.ceil(Math.log(count) / Math.log(OWN.length)));

/**
 * Binds whole numbers as SQLite integers: better-sqlite3 binds a JavaScript number as a real, and a real
 * makes `i / :per` a fraction instead of an integer division.
 */
const ints = (values: Record<string, number | bigint>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, BigInt(value)]));

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

const COMMON_WORDS = 20;
const MIDDLE_WORDS = 1000;

/**
 * The step between the films of consecutive nominations: a prime that does not divide the number of
 * films, so that k steps (k = 1 to 4) never come back to the same film and a category's five nominees
 * are five different films (with 7,919 films, 7,919 itself would name one film five times).
 */
export function filmStride(films: number): number {
  return films % 7919 === 0 ? 7907 : 7919;
}

/**
 * Film n's title: a common word (shared by one film in 20), a middle word (one in a thousand) and a
 * word of its own, e.g. "Baba Bebo Nanapasa".
 */
function filmTitle(n: number, films: number): string {
  const common = word(SHARED, n % COMMON_WORDS, 2);
  const middle = word(SHARED, COMMON_WORDS + (Math.floor(n / COMMON_WORDS) % MIDDLE_WORDS), 2);
  return [common, middle, word(OWN, n, ownLength(films))].map(capitalise).join(' ');
}

export function generatedWords(size: CatalogueSize): GeneratedWords {
  const [common, middle] = filmTitle(0, size.films).toLowerCase().split(' ');
  return {
    common: common!,
    phrase: `${common} ${middle}`,
    rare: word(OWN, Math.floor(size.films / 2), ownLength(size.films)),
  };
}

/** Writes the generated catalogue in one transaction that takes the write lock up front. */
export function generateCatalogue(client: Database.Database, size: CatalogueSize): void {
  const editions = size.awards * size.editionsPerAward;
  const categories = Math.ceil(size.nominations / NOMINEES_PER_CATEGORY);
  const categoriesPerEdition = Math.ceil(categories / editions);
  const nextId = (table: string) =>
    (client.prepare(`select coalesce(max(id), 0) + 1 as id from ${table}`).get() as { id: number }).id;

  client
    .transaction(() => {
      const organizationId = client
        .prepare(
          `insert into organizations (slug, name) values ('generated-bench', 'Laurels benchmark (generated data)')`,
        )
        .run().lastInsertRowid;
      const sourceId = client
        .prepare(
          `insert into sources (key, kind, publisher, title, body) values ('bench-generated', 'dataset', 'npm run bench',
         'Generated benchmark data', 'Written by the benchmark into its own database: not real awards, films or people.')`,
        )
        .run().lastInsertRowid;

      const firstAward = nextId('awards');
      const insertAward = client.prepare(
        `insert into awards (slug, organization_id, name, kind, description) values (?, ?, ?, ?, ?)`,
      );
      for (let a = 0; a < size.awards; a++) {
        const number = String(a + 1).padStart(3, '0');
        insertAward.run(
          `generated-award-${number}`,
          organizationId,
          `Generated Award ${number}`,
          a % 2 ? 'festival' : 'ceremony',
          'Generated by the benchmark: not a real award.',
        );
      }

      // Editions: one a year up to LAST_YEAR. Like real awards, each has its own time of year: nominations
      // on a day that differs from award to award, the ceremony six weeks later.
      const firstEdition = nextId('editions');
      client
        .prepare(
          `with recursive n(i) as (select 0 union all select i + 1 from n where i < :editions - 1),
             e(award_id, k, year, nominated) as (
               select :firstAward + i / :per, i % :per, :lastYear - :per + 1 + i % :per,
                      date(printf('%04d-01-01', :lastYear - :per + 1 + i % :per), '+' || ((i / :per) * 37 % 300) || ' days')
               from n)
         insert into editions (award_id, slug, name, ordinal, year, nominations_date, ceremony_date, results_complete)
         select award_id, printf('%d', year), 'Generated Award edition ' || (k + 1), k + 1, year,
                nominated, date(nominated, '+42 days'), 1
         from e order by award_id, k`,
        )
        .run(ints({ editions, firstAward, per: size.editionsPerAward, lastYear: LAST_YEAR }));

      // One canonical category per slot and award; category j belongs to edition j mod editions, in slot j / editions.
      const firstCanonical = nextId('canonical_categories');
      client
        .prepare(
          `with recursive n(i) as (select 0 union all select i + 1 from n where i < :count - 1)
         insert into canonical_categories (award_id, slug, name, is_documentary)
         select :firstAward + i / :slots, 'generated-category-' || (i % :slots + 1),
                'Generated Category ' || (i % :slots + 1), 1 from n`,
        )
        .run(ints({ count: size.awards * categoriesPerEdition, firstAward, slots: categoriesPerEdition }));
      const firstCategory = nextId('categories');
      client
        .prepare(
          `with recursive n(j) as (select 0 union all select j + 1 from n where j < :categories - 1)
         insert into categories (edition_id, canonical_category_id, slug, name, position)
         select :firstEdition + j % :editions,
                :firstCanonical + ((j % :editions) / :per) * :slots + j / :editions,
                'generated-category-' || (j / :editions + 1), 'Generated Category ' || (j / :editions + 1), j / :editions
         from n`,
        )
        .run(
          ints({
            categories,
            firstEdition,
            editions,
            firstCanonical,
            per: size.editionsPerAward,
            slots: categoriesPerEdition,
          }),
        );

      const firstFilm = nextId('films');
      const insertFilm = client.prepare(
        `insert into films (slug, title, title_folded, year, is_documentary, synopsis) values (?, ?, ?, ?, 1, ?)`,
      );
      for (let f = 0; f < size.films; f++) {
        const title = filmTitle(f, size.films);
        insertFilm.run(
          `generated-film-${f + 1}`,
          title,
          title.toLowerCase(),
          LAST_YEAR - (f % size.editionsPerAward),
          'Generated by the benchmark: not a real film.',
        );
      }
      const firstPerson = nextId('people');
      const insertPerson = client.prepare(
        `insert into people (slug, name, name_folded, sort_name) values (?, ?, ?, ?)`,
      );
      for (let p = 0; p < size.people; p++) {
        const name = `${capitalise(word(SHARED, p % 400, 2))} ${capitalise(word(OWN, p, ownLength(size.people)))}`;
        const { nameFolded, sortName } = personNameColumns(name, 'person', null, name.toLowerCase());
        insertPerson.run(`generated-person-${p + 1}`, name, nameFolded, sortName);
      }

      // Nomination i: category i / 5, the film (i × a prime) mod films — five different films in a
      // category — and, for every other nomination, a person. The first nominee of a category won.
      const firstNomination = nextId('nominations');
      const counter = `with recursive n(i) as (select 0 union all select i + 1 from n where i < :nominations - 1)`;
      const film = `:firstFilm + (i * ${filmStride(size.films)}) % :films`;
      const person = `:firstPerson + (i * 104729) % :people`;
      const common = { nominations: size.nominations, firstFilm, films: size.films };
      client
        .prepare(
          `${counter}
         insert into nominations (category_id, nominee_key, status, position)
         select :firstCategory + i / ${NOMINEES_PER_CATEGORY},
                'f:' || (${film}) || case when i % 2 = 0 then '|p:' || (${person}) else '' end,
                case when i % ${NOMINEES_PER_CATEGORY} = 0 then 'won' else 'lost' end, i % ${NOMINEES_PER_CATEGORY}
         from n`,
        )
        .run(ints({ ...common, firstCategory, firstPerson, people: size.people }));
      client
        .prepare(
          `${counter} insert into nomination_films (nomination_id, film_id) select :firstNomination + i, ${film} from n`,
        )
        .run(ints({ ...common, firstNomination }));
      client
        .prepare(
          `${counter} insert into nomination_people (nomination_id, person_id)
         select :firstNomination + i, ${person} from n where i % 2 = 0`,
        )
        .run(ints({ nominations: size.nominations, firstNomination, firstPerson, people: size.people }));

      // Each nomination's history: nominated on the edition's nominations date, then won or lost at its ceremony.
      const history = (from: string, to: string, date: string) =>
        client
          .prepare(
            `insert into status_events (nomination_id, from_status, to_status, occurred_on, source_id, actor)
           select nominations.id, ${from}, ${to}, editions.${date}, :sourceId, '${ACTOR}'
           from nominations join categories on categories.id = nominations.category_id
           join editions on editions.id = categories.edition_id
           where nominations.id >= :firstNomination`,
          )
          .run(ints({ sourceId, firstNomination }));
      history('null', `'nominated'`, 'nominations_date');
      history(`'nominated'`, 'nominations.status', 'ceremony_date');
    })
    .immediate();
}
