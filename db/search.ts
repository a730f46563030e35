// Search over films, people and awards, and the nomination search with the Academy Awards Database's
// filters (award, categories, year span, winners only), across every award.
//
// This is the only module that knows the FTS5 table `search_index` (rowid = id * 4 + kind, see
// migration 0001) and its query syntax, so a move to another database changes this file alone.
// User text never reaches FTS5 as syntax: it is cut into words here and every word is quoted, so
// quotes, brackets, NEAR, AND/OR/NOT, "-" or "^" are plain text and cannot make a query fail.
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from './client';
import { listCeremonyOffsets, withNominees, type Nominee } from './queries/awards';
import { nominationCount, winCount } from './queries/record-tallies';
import { prepare } from './queries/insert-bulk';
import { nominationInEditionColumns, type NominationInEdition } from './queries/timeline';
import { sortTitle } from './rules/sort-title';
import { foldText } from './rules/text';
import {
  awards,
  canonicalCategories,
  categories,
  categoryAliases,
  editions,
  filmAliases,
  films,
  nominationFilms,
  nominationPeople,
  nominations,
  organizations,
  people,
  type PersonKind,
} from './schema';

const KIND = { film: 1, person: 2, award: 3 } as const;

/**
 * The word that stands between a record's names in its search document (migration 0019), so that a quoted
 * phrase is matched within one name. Private use: the tokenizer keeps it as a word, and search text never
 * holds it (parseSearchText reads it as a space).
 */
export const NAME_BOUNDARY = '\uE000';

/** The view that gives each kind's search document (name, aliases, extra), as its triggers index it. */
const DOCUMENTS = { film: 'film_search_documents', person: 'person_search_documents' } as const;

/**
 * Indexes the films or people with ids first to last, which a bulk import wrote while their insert
 * triggers were held back (migration 0009): the same documents the triggers write, in one statement.
 */
export function indexNewRecords(
  client: Database.Database,
  kind: keyof typeof DOCUMENTS,
  first: number,
  last: number,
): void {
  prepare(
    client,
    `insert into search_index (rowid, name, aliases, extra)
     select id * 4 + ${KIND[kind]}, name, aliases, extra from ${DOCUMENTS[kind]} where id between ? and ?`,
  ).run(first, last);
}

/** More words than this add little and cost a term lookup each; the rest are left out (and the page says so). */
export const MAX_SEARCH_WORDS = 10;

// Column weights for bm25 (name, aliases, extra): a hit in the name counts most, the year or the
// organization least. bm25 is lower-is-better.
const RANK = sql.raw('bm25(search_index, 10.0, 4.0, 1.0)');

export interface SearchText {
  /** The FTS5 query built from the words, or null when the text has no word to search for. */
  match: string | null;
  words: string[];
  /** Each word's FTS5 term, in the order of `words`. */
  terms: string[];
  /**
   * What the nominations search reads one by one when no record holds every word (matchAcross): each
   * word alone, and a quoted phrase's words together as its FTS5 phrase, so that a phrase is never read
   * as words scattered over a record's names ("america made in" does not find O.J.: Made in America).
   */
  units: SearchUnit[];
  /** The text folded as titles are (db/rules/text.ts), to find an exact title. */
  folded: string;
  /** True when words beyond MAX_SEARCH_WORDS were left out. */
  truncated: boolean;
}

export interface SearchUnit {
  words: string[];
  term: string;
}

/**
 * Cuts search text into words the way the index's unicode61 tokenizer does (letters and digits; any
 * other character separates), folding case and diacritics and reading "&" as "and". Each word
 * matches as a prefix ("lov desp" finds The Lovers and the Despot), except a single letter, which
 * matches only itself unless written with an explicit "*" ("o*"), since a one-letter prefix would
 * read a large part of the index for almost nothing. Words in double quotes are a phrase: those whole
 * words, next to each other in that order ("made in america" finds O.J.: Made in America and not
 * America Made Me); a quote left open is read as any other character.
 */
export function parseSearchText(text: string): SearchText {
  const normalized = normalizeWords(text).replace(/&/g, ' and ').replaceAll(NAME_BOUNDARY, ' ');
  const given: { word: string; term: string; joins: boolean; phrase: number | null }[] = [];
  const quoteSplit = normalized.split(/["\u201C\u201D\u201E]/);
  const isQuoted = (index: number) => quoteSplit.length % 2 === 1 && index % 2 === 1;
  // Initials outside quotes become phrases of their own, numbered after the quoted ones.
  let nextPhrase = quoteSplit.length;
  const segments = quoteSplit.flatMap((segment, index) =>
    isQuoted(index)
      ? [{ text: segment, phrase: index }]
      : splitInitials(segment).map((part) => ({ text: part.text, phrase: part.isInitials ? nextPhrase++ : null })),
  );
  segments.forEach(({ text: segment, phrase }) => {
    for (const piece of segment.split(/[^\p{L}\p{N}\p{Co}*]+/u)) {
      const parts = phrase === null ? piece.split('*') : [piece.replace(/\*/g, '')];
      parts.forEach((word, i) => {
        if (!word) return;
        const hasStar = i < parts.length - 1;
        const quoted = `"${word.replace(/"/g, '""')}"`;
        const term = phrase === null && (word.length > 1 || hasStar) ? `${quoted}*` : quoted;
        given.push({ word, term, joins: phrase === null && word === 'and' && !hasStar, phrase });
      });
    }
  });
  // "and" (or "&") joins words rather than naming anything: "oppenheimer and" finds Oppenheimer, and
  // "sons and lovers" finds Sons & Lovers either way. Alone, or written "and*", it is searched for.
  const named = given.some((entry) => !entry.joins) ? given.filter((entry) => !entry.joins) : given;
  const kept = named.slice(0, MAX_SEARCH_WORDS);
  return {
    match: kept.length ? matchOf(kept) : null,
    words: kept.map((entry) => entry.word),
    terms: kept.map((entry) => entry.term),
    units: unitsOf(kept),
    folded: foldText(text.replace(/\*/g, ' ')),
    truncated: named.length > MAX_SEARCH_WORDS,
  };
}

/**
 * Initials written with dots ("o.j.", "u.s.a.", "j. o."): letters a name writes together, searched as a
 * phrase of them in that order ("O.J.: Made in America"), not as one-letter words anywhere in a record
 * (J. O. Aalberg, and every nomination with an "o" and a "j" among its words).
 */
const INITIALS = /(?<![\p{L}\p{N}*])\p{L}\.(?:\s?\p{L}\.)*\s?\p{L}(?![\p{L}\p{N}*])\.?/gu;

/** Unquoted text cut into its initials and the text between them, in order. */
function splitInitials(text: string): { text: string; isInitials: boolean }[] {
  const parts: { text: string; isInitials: boolean }[] = [];
  let from = 0;
  for (const found of text.matchAll(INITIALS)) {
    parts.push({ text: text.slice(from, found.index), isInitials: false });
    parts.push({ text: found[0], isInitials: true });
    from = found.index + found[0].length;
  }
  parts.push({ text: text.slice(from), isInitials: false });
  return parts;
}

/** The FTS5 query: every term, each phrase's words as one FTS5 phrase (its words in one string). */
function matchOf(entries: readonly { word: string; term: string; phrase: number | null }[]): string {
  return unitsOf(entries)
    .map((unit) => unit.term)
    .join(' AND ');
}

/** Each word not in a phrase with its own term, and each phrase's words with the phrase as one term. */
function unitsOf(entries: readonly { word: string; term: string; phrase: number | null }[]): SearchUnit[] {
  const units: SearchUnit[] = [];
  entries.forEach((entry, i) => {
    if (entry.phrase === null) units.push({ words: [entry.word], term: entry.term });
    else if (entries[i - 1]?.phrase !== entry.phrase) {
      const words = entries.filter((each) => each.phrase === entry.phrase).map((each) => each.word);
      units.push({ words, term: `"${words.join(' ').replace(/"/g, '""')}"` });
    }
  });
  return units;
}

/** Case and Latin diacritics folded as the index's tokenizer folds them (remove_diacritics). */
function normalizeWords(text: string): string {
  // Recomposing after the marks go keeps Hangul syllables whole.
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// Spelling: what to suggest when a search finds nothing

/** A word of search text, as the index's tokenizer cuts it (parseSearchText). */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
/** A word of this many letters or more that begins indexed words but is none of them may be a misspelling. */
const MIN_WHOLE_WORD = 5;
/** Above every character: a range up to it holds every text that starts with what comes before it. */
const HIGHEST = '\u{10FFFF}';

/**
 * The text with each word that begins no indexed word replaced by the nearest indexed word, or null when
 * every word begins one or no word is near. Near is one edit for a word of up to five letters and two for
 * a longer one, where an edit adds, removes or changes a letter or swaps two neighbours ("lovrs" →
 * "lovers", "dsepot" → "despot"); the nearest wins, then one of search's own words, then the one in more
 * names. Search's own words are those it reads without the index: years, numbers, "winners", filler
 * words, the words of category names. They are never corrected, and the last two are suggested too
 * ("shrot" → "short"). A word that begins an indexed word is left as typed, unless it has five letters or
 * more and is not itself one ("gianfranco rossi" → "gianfranco rosi", though "rossi" begins Rossif).
 * Only words with the same first letter are read (FTS5's own list of terms, by range): few misspellings
 * change it, and that keeps the candidates few. Words of one or two letters are left as they are.
 */
export async function suggestSpelling(db: Executor, text: string): Promise<string | null> {
  // The list of terms is a view of the index, made once per connection.
  await db.run(sql`create virtual table if not exists temp.search_terms using fts5vocab(main, search_index, 'row')`);
  const categoryWords = new Set((await readCategoryWords(db)).flatMap((category) => category.words));
  const ownWords = [...categoryWords, 'winner', 'winners', 'won'];
  const known = (word: string) =>
    YEAR_WORD.test(word) ||
    ORDINAL_WORD.test(word) ||
    /^\d+$/.test(word) ||
    WON_WORD.test(word) ||
    FILLER_WORDS.has(word) ||
    ownWords.some((each) => each.startsWith(word));
  const corrections = new Map<string, string>();
  for (const word of new Set(parseSearchText(text).words)) {
    if (word.length < 3 || known(word)) continue;
    const [begun] = await db.all<{ term: string }>(
      sql`select term from temp.search_terms where term >= ${word} and term < ${word + HIGHEST} limit 1`,
    );
    // A word that begins an indexed word is taken as typed, unless it is long enough to be a whole word
    // itself and is not one ("rossi" begins Rossif's name, but was meant for Rosi).
    if (begun && (begun.term === word || word.length < MIN_WHOLE_WORD)) continue;
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const indexed = await db.all<{ term: string; doc: number }>(sql`
      select term, doc from temp.search_terms
       where term >= ${first} and term < ${first + HIGHEST} and length(term) between ${word.length - 2} and ${word.length + 2}`);
    // Search's own words win a tie: "feture" is a category's "feature" sooner than a title's "future".
    const candidates = [
      ...indexed,
      ...ownWords.filter((each) => each.startsWith(first)).map((term) => ({ term, doc: Infinity })),
      // The words it begins, it already finds.
    ].filter(({ term }) => !term.startsWith(word));
    const allowed = word.length <= 5 ? 1 : 2;
    let best: { term: string; distance: number; doc: number } | undefined;
    for (const { term, doc } of candidates) {
      const distance = editDistance(word, term, allowed);
      if (distance > allowed) continue;
      if (!best || distance < best.distance || (distance === best.distance && doc > best.doc)) {
        best = { term, distance, doc };
      }
    }
    if (best) corrections.set(word, best.term);
  }
  // Each word as typed, its correction capitalised as it was ("Lovrs" → "Lovers").
  const corrected = text.replace(WORD, (typed) => {
    const correction = corrections.get(normalizeWords(typed));
    if (correction === undefined) return typed;
    return typed[0] !== typed[0]!.toLowerCase() ? correction[0]!.toUpperCase() + correction.slice(1) : correction;
  });
  return corrected === text ? null : corrected;
}

/**
 * Edits from a to b (add, remove or change a letter, or swap two neighbours: the optimal string
 * alignment distance), counted up to `limit` + 1: past that the exact number does not matter.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

// ---------------------------------------------------------------------------------------------------
// Names: films, people and awards matching the words, grouped and ranked

export interface FilmHit {
  id: number;
  slug: string;
  title: string;
  year: number | null;
  nominations: number;
  wins: number;
  isExact: boolean;
}

export interface PersonHit {
  id: number;
  slug: string;
  name: string;
  kind: PersonKind;
  nominations: number;
  wins: number;
  isExact: boolean;
}

export interface AwardHit {
  id: number;
  slug: string;
  name: string;
  organization: string | null;
  editions: number;
  isExact: boolean;
}

export interface NameResults {
  films: { hits: FilmHit[]; total: number };
  people: { hits: PersonHit[]; total: number };
  awards: { hits: AwardHit[]; total: number };
  /**
   * True when the words match more than RANK_LIMIT names: then only the first RANK_LIMIT matches (and
   * every exact title or name) were ranked, and the totals are lower bounds.
   */
  isSampled: boolean;
}

/**
 * The most matches one search scores. bm25 costs the same for every match, so a word as common as
 * "the" (145,000 matches in a catalogue of a million nominations) would otherwise take a tenth of a
 * second; exact titles and names are found through their own indexes whatever the sample holds.
 */
export const RANK_LIMIT = 5000;

export interface NameSearchOptions {
  /** How many of each group to return. */
  limit?: number;
  /** How many matches to rank at most (RANK_LIMIT unless a test says otherwise). */
  rankLimit?: number;
}

interface Candidate {
  kind: number;
  id: number;
  score: number;
  total: number | null;
}

/**
 * Films, people and awards whose name, aliases or extra text (a film's year, an award's organization)
 * hold every word. Ranked: an exact title or name (or alias) first, then a name holding every word whole,
 * then one starting with the first word, then bm25 with the name weighted above aliases, then the one with
 * more wins and nominations.
 */
export async function searchNames(
  db: Executor,
  text: SearchText,
  options: NameSearchOptions = {},
): Promise<NameResults> {
  const limit = options.limit ?? 20;
  const rankLimit = options.rankLimit ?? RANK_LIMIT;
  const empty: NameResults = {
    films: { hits: [], total: 0 },
    people: { hits: [], total: 0 },
    awards: { hits: [], total: 0 },
    isSampled: false,
  };
  if (!text.match) return empty;
  // Only the best few of each kind are read further, and the last rows carry each kind's total.
  // FTS5's auxiliary functions cannot run in a window or a second pass, hence the materialized step.
  const best = (kind: number) =>
    sql`select * from (select kind, id, score, null as total from matched where kind = ${kind} order by score, id limit ${limit * 2})`;
  const rows = await db.all<Candidate>(sql`
    with matched as materialized (
      select rowid % 4 as kind, rowid / 4 as id, ${RANK} as score
        from search_index where search_index match ${text.match} limit ${rankLimit + 1}
    )
    ${best(KIND.film)} union all ${best(KIND.person)} union all ${best(KIND.award)}
    union all select kind, null, null, count(*) from matched group by kind`);
  const candidates = rows.filter((row) => row.total === null);
  const totals = new Map(rows.filter((row) => row.total !== null).map((row) => [row.kind, row.total ?? 0]));
  const isSampled = [...totals.values()].reduce((sum, n) => sum + n, 0) > rankLimit;

  const byKind = (kind: number) => candidates.filter((c) => c.kind === kind);
  const totalOf = (kind: number) => totals.get(kind) ?? 0;
  const scoreOf = new Map(candidates.map((c) => [`${c.kind}:${c.id}`, c.score]));

  const filmIds = new Set(byKind(KIND.film).map((c) => c.id));
  for (const id of await exactFilmIds(db, text.folded)) filmIds.add(id);
  const personIds = new Set(byKind(KIND.person).map((c) => c.id));
  for (const id of await exactPersonIds(db, text.folded)) personIds.add(id);
  const awardIds = byKind(KIND.award).map((c) => c.id);

  // Words matched whole rank above words matched as the start of longer ones: "nai nai" puts Nai Nai &
  // Wài Pó before Nails, which a prefix and a short text would otherwise score higher.
  const words = text.words.map(foldText);
  const holdsEveryWord = (name: string) => {
    const named = new Set(foldText(name).split(' '));
    return words.every((word) => named.has(word));
  };
  // Then a name that starts with the first word ("life" puts Life, Animated before Recycled Life), or does
  // after an article ("The Life of ..."; and "the act" still finds The Act of Killing starting with it).
  const startsWithFirstWord = (name: string) => {
    const folded = foldText(name);
    return words[0] !== undefined && (folded.startsWith(words[0]) || sortTitle(folded).startsWith(words[0]));
  };
  const rank = <T extends { id: number; isExact: boolean }>(
    kind: number,
    rows: T[],
    nameOf: (row: T) => string,
    weight: (row: T) => number[],
  ) =>
    rows
      .map((row) => ({
        row,
        isWhole: holdsEveryWord(nameOf(row)),
        isStart: startsWithFirstWord(nameOf(row)),
        score: roundScore(scoreOf.get(`${kind}:${row.id}`)),
      }))
      .sort((a, b) => compareRanked(a, b, weight))
      .slice(0, limit)
      .map(({ row }) => row);

  const filmRows = await loadFilmHits(db, [...filmIds], text.folded);
  const personRows = await loadPersonHits(db, [...personIds], text.folded);
  const awardRows = await loadAwardHits(db, awardIds, text.folded);
  return {
    films: {
      hits: rank(
        KIND.film,
        filmRows,
        (f) => f.title,
        (f) => [f.wins, f.nominations],
      ),
      total: Math.max(totalOf(KIND.film), filmRows.length),
    },
    people: {
      hits: rank(
        KIND.person,
        personRows,
        (p) => p.name,
        (p) => [p.wins, p.nominations],
      ),
      total: Math.max(totalOf(KIND.person), personRows.length),
    },
    awards: {
      hits: rank(
        KIND.award,
        awardRows,
        (a) => a.name,
        (a) => [a.editions],
      ),
      total: totalOf(KIND.award),
    },
    isSampled,
  };
}

/** bm25 scores differ in their last bits for equal texts; rounding lets nominations break real ties. */
function roundScore(score: number | undefined): number {
  return score === undefined ? 0 : Math.round(score * 1e6) / 1e6;
}

interface Ranked<T> {
  row: T;
  isWhole: boolean;
  isStart: boolean;
  score: number;
}

function compareRanked<T extends { id: number; isExact: boolean }>(
  a: Ranked<T>,
  b: Ranked<T>,
  weight: (row: T) => number[],
): number {
  if (a.row.isExact !== b.row.isExact) return a.row.isExact ? -1 : 1;
  if (a.isWhole !== b.isWhole) return a.isWhole ? -1 : 1;
  if (a.isStart !== b.isStart) return a.isStart ? -1 : 1;
  if (a.score !== b.score) return a.score - b.score;
  const wa = weight(a.row);
  const wb = weight(b.row);
  for (let i = 0; i < wa.length; i++) {
    const diff = (wb[i] ?? 0) - (wa[i] ?? 0);
    if (diff) return diff;
  }
  return a.row.id - b.row.id;
}

/** An IMDb id typed as the whole search ("tt5895028", "nm1234567", "co0012345"): its record is an exact hit. */
const IMDB_ID = /^(tt|nm|co)\d{7,10}$/;

/** Films whose title or an alias is exactly the text (or whose IMDb id it is): found through their indexes. */
async function exactFilmIds(db: Executor, folded: string): Promise<number[]> {
  if (!folded) return [];
  const rows = await db
    .select({ id: films.id })
    .from(films)
    .where(
      or(
        eq(films.titleFolded, folded),
        ...(IMDB_ID.test(folded) ? [eq(films.imdbId, folded)] : []),
        inArray(
          films.id,
          db.select({ id: filmAliases.filmId }).from(filmAliases).where(eq(filmAliases.folded, folded)),
        ),
      ),
    )
    .limit(20);
  return rows.map((row) => row.id);
}

async function exactPersonIds(db: Executor, folded: string): Promise<number[]> {
  if (!folded) return [];
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(or(eq(people.nameFolded, folded), ...(IMDB_ID.test(folded) ? [eq(people.imdbId, folded)] : [])))
    .limit(20);
  return rows.map((row) => row.id);
}

// Counted (record-tallies.ts, as the film's and person's own records are) by joining from the film (or
// person) outwards, so that SQLite walks each one's few nominations; a correlated "status = 'won'"
// subquery let it scan every win instead.

async function loadFilmHits(db: Executor, ids: number[], folded: string): Promise<FilmHit[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({
      id: films.id,
      slug: films.slug,
      title: films.title,
      year: films.year,
      titleFolded: films.titleFolded,
      nominations: nominationCount,
      wins: winCount,
    })
    .from(films)
    .leftJoin(nominationFilms, eq(nominationFilms.filmId, films.id))
    .leftJoin(nominations, eq(nominations.id, nominationFilms.nominationId))
    .where(inArray(films.id, ids))
    .groupBy(films.id);
  const aliasHits = new Set(
    (
      await db
        .select({ filmId: filmAliases.filmId })
        .from(filmAliases)
        .where(and(inArray(filmAliases.filmId, ids), eq(filmAliases.folded, folded)))
    ).map((row) => row.filmId),
  );
  return rows.map(({ titleFolded, ...row }) => ({ ...row, isExact: titleFolded === folded || aliasHits.has(row.id) }));
}

async function loadPersonHits(db: Executor, ids: number[], folded: string): Promise<PersonHit[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      kind: people.kind,
      nameFolded: people.nameFolded,
      nominations: nominationCount,
      wins: winCount,
    })
    .from(people)
    .leftJoin(nominationPeople, eq(nominationPeople.personId, people.id))
    .leftJoin(nominations, eq(nominations.id, nominationPeople.nominationId))
    .where(inArray(people.id, ids))
    .groupBy(people.id);
  return rows.map(({ nameFolded, ...row }) => ({ ...row, isExact: nameFolded === folded }));
}

async function loadAwardHits(db: Executor, ids: number[], folded: string): Promise<AwardHit[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({
      id: awards.id,
      slug: awards.slug,
      name: awards.name,
      shortName: awards.shortName,
      organization: organizations.name,
      editions: sql<number>`(select count(*) from editions e where e.award_id = awards.id)`,
      aliasExact: sql<number>`exists (select 1 from award_aliases aa where aa.award_id = awards.id and aa.folded = ${folded})`,
    })
    .from(awards)
    .leftJoin(organizations, eq(organizations.id, awards.organizationId))
    .where(inArray(awards.id, ids));
  return rows.map(({ shortName, aliasExact, ...row }) => ({
    ...row,
    isExact:
      Boolean(aliasExact) || foldText(row.name) === folded || (shortName !== null && foldText(shortName) === folded),
  }));
}

// ---------------------------------------------------------------------------------------------------
// Nominations: the Academy Awards Database's search, across every award

export interface NominationFilters {
  text: SearchText | null;
  awardId?: number;
  /** Canonical category ids; a nomination in any of them matches. */
  canonicalCategoryIds?: readonly number[];
  /** An edition matches a year span by its awards year or by its ceremony year (see product.md). */
  fromYear?: number;
  toYear?: number;
  wonOnly?: boolean;
}

export interface NominationHit extends NominationInEdition, Nominee {
  id: number;
}

export interface NominationResults {
  rows: NominationHit[];
  /** Matches counted up to countLimit; `isCountCapped` when there are more. */
  total: number;
  isCountCapped: boolean;
  /**
   * When the words match more than NAME_MATCH_LIMIT films and people, only the nominations of the
   * first NAME_MATCH_LIMIT are searched, and the page asks for more words.
   */
  isNameMatchCapped: boolean;
}

/** The most films and people whose nominations one text search reads. */
export const NAME_MATCH_LIMIT = 500;

export interface Page {
  limit: number;
  offset: number;
  /** Count matches up to this many, then say "more than". */
  countLimit?: number;
  /** How many matching names to read nominations of (NAME_MATCH_LIMIT unless a test says otherwise). */
  nameMatchLimit?: number;
  /** Up to how many editions of the chosen categories to read their nominations directly (tests vary it). */
  fewCategoryEditions?: number;
}

const nominationColumns = { id: nominations.id, ...nominationInEditionColumns };

// Within an awards year, by ceremony date (descending, SQLite puts an edition without one last).
const newestEditionFirst = [
  desc(editions.year),
  desc(editions.ceremonyDate),
  desc(editions.id),
  asc(categories.position),
  asc(categories.id),
  asc(nominations.position),
  asc(nominations.id),
];

/**
 * Nominations matching the words (through their films or nominees) and the filters, newest edition
 * first, with the count up to a limit. Each query reads only what its page needs: see fromNominations
 * and fromEditions for how the two shapes stay fast with a million nominations.
 */
export async function searchNominations(
  db: Executor,
  filters: NominationFilters,
  page: Page,
): Promise<NominationResults> {
  const countLimit = page.countLimit ?? 1000;
  const nameCap = page.nameMatchLimit ?? NAME_MATCH_LIMIT;
  let matched = filters.text?.match ? await namesOfText(db, filters.text, nameCap) : null;
  let spread: SQL[] = [];
  // A year among the words is read as the edition's ("2016", "weiner 2016"), not as the year a film's
  // own record gives, which search also holds (a film of 2016 was nominated in 2017 at the Oscars).
  const namesAYear = filters.text?.words.some((word) => YEAR_WORD.test(word)) ?? false;
  if (matched && ((!matched.filmIds.length && !matched.personIds.length) || namesAYear)) {
    // No one film or person holds every word: the words may name a nominee and its award, its year or
    // another name ("13th duvernay", "ida 2016", "weiner sundance").
    const across = await matchAcross(db, filters.text!, nameCap);
    if (!across) return { rows: [], total: 0, isCountCapped: false, isNameMatchCapped: false };
    ({ matched, conditions: spread } = across);
  }
  // Without words to start from, the newest editions are walked first so that a page stops after
  // its rows, unless the chosen categories were given in so few editions that reading their
  // nominations and sorting them is cheaper than walking every edition to find them.
  const categoryIds = filters.canonicalCategoryIds ?? [];
  const walkEditions =
    !matched &&
    (!categoryIds.length ||
      (await countCategoryEditions(db, categoryIds)) > (page.fewCategoryEditions ?? FEW_CATEGORY_EDITIONS));
  const offsets = filters.fromYear !== undefined || filters.toYear !== undefined ? await listCeremonyOffsets(db) : null;
  const where = and(...filterConditions(filters, matched, walkEditions, offsets), ...spread);

  const total = await countNominations(
    db,
    filters,
    spread.length ? null : matched,
    where,
    walkEditions,
    countLimit + 1,
  );
  const rows = await selectNominations(db, where, walkEditions)
    .orderBy(...newestEditionFirst)
    .limit(page.limit)
    .offset(page.offset);
  return {
    rows: await withNominees(db, rows, (row) => row.id),
    total: Math.min(total, countLimit),
    isCountCapped: total > countLimit,
    isNameMatchCapped: matched?.isCapped ?? false,
  };
}

/**
 * Nominations with their category, edition and award, in one of two join orders. Nominations first
 * suits a set of names or categories, whose nominations are few. Editions first (newest to oldest,
 * then their categories and nominations) lets a page of "all winners" stop after its rows; CROSS JOIN
 * fixes that order in SQLite, which left to choose starts from every nomination of the status.
 */
function selectNominations(db: Executor, where: SQL | undefined, walkEditions: boolean) {
  const byNomination = db
    .select(nominationColumns)
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .$dynamic();
  if (!walkEditions) return byNomination.where(where);
  const byEdition = db
    .select(nominationColumns)
    .from(editions)
    .crossJoin(categories)
    .crossJoin(nominations)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(and(eq(categories.editionId, editions.id), eq(nominations.categoryId, categories.id), where))
    .$dynamic();
  // The same tables, inner-joined either way, so the rows have the same shape.
  return byEdition as unknown as typeof byNomination;
}

/**
 * How many nominations match, up to `cap`. A text search without other filters counts the names'
 * nominations as ids alone: every nomination has its category, edition and award (foreign keys), so
 * joining them would change nothing but the cost.
 */
async function countNominations(
  db: Executor,
  filters: NominationFilters,
  matched: MatchedNames | null,
  where: SQL | undefined,
  walkEditions: boolean,
  cap: number,
): Promise<number> {
  const textOnly =
    filters.awardId === undefined &&
    !filters.canonicalCategoryIds?.length &&
    filters.fromYear === undefined &&
    filters.toYear === undefined &&
    !filters.wonOnly;
  const counted =
    matched && textOnly
      ? sql`select nomination_id from (${namesNominationIds(matched, 'union')}) limit ${cap}`
      : sql`${selectNominations(db, where, walkEditions).limit(cap)}`;
  const [count] = await db.all<{ total: number }>(sql`select count(*) as total from (${counted})`);
  return count?.total ?? 0;
}

/** The nominations of the matched films and people (`union all` may repeat one; `union` does not). */
function namesNominationIds(matched: MatchedNames, compound: 'union' | 'union all'): SQL {
  return sql`select nomination_id from nomination_films where film_id in ${idList(matched.filmIds)}
             ${sql.raw(compound)}
             select nomination_id from nomination_people where person_id in ${idList(matched.personIds)}`;
}

function filterConditions(
  filters: NominationFilters,
  matched: MatchedNames | null,
  walkEditions: boolean,
  /** Each award's ceremony offset (listCeremonyOffsets), when a year span is given. */
  offsets: ReadonlyMap<number, number> | null,
): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (matched) {
    // One list of the names' nominations (an OR of two lists would build each of them twice).
    conditions.push(inArray(nominations.id, sql`(${namesNominationIds(matched, 'union all')})`));
  }
  if (filters.awardId !== undefined) conditions.push(eq(editions.awardId, filters.awardId));
  if (filters.canonicalCategoryIds?.length) {
    const ids = [...filters.canonicalCategoryIds];
    // Walking editions, a category is found through its edition; the "+" keeps SQLite from reading
    // every edition's category through the canonical-category index instead.
    conditions.push(
      walkEditions
        ? sql`+${categories.canonicalCategoryId} in ${idList(ids)}`
        : inArray(categories.canonicalCategoryId, ids),
    );
  }
  if (offsets) conditions.push(yearSpanCondition(filters.fromYear, filters.toYear, offsets));
  // The unary "+" keeps SQLite off the status index: a status is shared by a large part of all
  // nominations, and walking that index instead of the edition's categories reads them all.
  if (filters.wonOnly) conditions.push(sql`+${nominations.status} = 'won'`);
  return conditions;
}

/** Up to this many editions of the chosen categories, their nominations are read and sorted. */
const FEW_CATEGORY_EDITIONS = 200;

async function countCategoryEditions(db: Executor, canonicalIds: readonly number[]): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`select count(*) as n from (
    select 1 from ${categories} where ${inArray(categories.canonicalCategoryId, [...canonicalIds])}
     limit ${FEW_CATEGORY_EDITIONS + 1})`);
  return row?.n ?? 0;
}

interface MatchedNames {
  filmIds: number[];
  personIds: number[];
  isCapped: boolean;
}

/**
 * The films and people a search's words name, at most `cap` in all; an IMDb id typed alone names its
 * record, as the list of names finds it. The nominations are listed by edition, not by how well their
 * names match, so the matches are not ranked: that keeps this cheap for a word as common as "the".
 */
async function namesOfText(db: Executor, text: SearchText, cap: number): Promise<MatchedNames> {
  if (!IMDB_ID.test(text.folded)) return matchedNames(db, text.match!, cap);
  const [filmIds, personIds] = [await exactFilmIds(db, text.folded), await exactPersonIds(db, text.folded)];
  return { filmIds, personIds, isCapped: false };
}

async function matchedNames(db: Executor, match: string, cap: number): Promise<MatchedNames> {
  const rows = await db.all<{ kind: number; id: number }>(sql`
    select rowid % 4 as kind, rowid / 4 as id from search_index
     where search_index match ${match} and rowid % 4 in (${KIND.film}, ${KIND.person})
     limit ${cap + 1}`);
  const kept = rows.slice(0, cap);
  return {
    filmIds: kept.filter((row) => row.kind === KIND.film).map((row) => row.id),
    personIds: kept.filter((row) => row.kind === KIND.person).map((row) => row.id),
    isCapped: rows.length > cap,
  };
}

/** An awards year or a ceremony year, as a word: 1900 to 2100. */
const YEAR_WORD = /^(19|20)\d\d$|^2100$/;
/** An edition's number, as a word: "89th", "1st". */
const ORDINAL_WORD = /^(\d{1,4})(st|nd|rd|th)$/;
/** A word asking for the winners: "documentary winners 2016", "13th won". */
const WON_WORD = /^(win|wins|winner|winners|won)$/;
/**
 * Words that say nothing of which nominations are meant when the words are spread across a nomination
 * ("oscar nominees for best documentary 2017"): left out there, unless every word is one of them. "Best"
 * is one: most category names take it for granted ("Documentary (Feature)").
 */
const FILLER_WORDS = new Set([
  'a',
  'an',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
  'who',
  'what',
  'which',
  'did',
  'was',
  'is',
  'best',
  'nominee',
  'nominees',
  'nominated',
  'nomination',
  'nominations',
]);

/**
 * Nominations the words describe between them when no one film or person holds them all: each word
 * must name one of the nominee's films or people, its award, its edition's year (awards or ceremony
 * year) or its edition's number, its category, or ask for winners ("13th duvernay", "weiner sundance",
 * "ida 2016", "oscars 89th", "oscar 2017 documentary", "documentary winners"); filler words ("for",
 * "nominees") are left out. A word that can only name films or people drives the search (its
 * nominations are few), and the others narrow them. When every word can describe an edition, a
 * category or a result, the words are read as those alone (an award's edition, not every film called
 * "Ida"), which the editions answer without reading names, if an edition answers to them all. Null
 * when some word names nothing at all.
 */
async function matchAcross(
  db: Executor,
  text: SearchText,
  cap: number,
): Promise<{ matched: MatchedNames | null; conditions: SQL[] } | null> {
  const readings = await readWords(db, text, cap);
  const hasNames = (reading: WordReading) => reading.names.filmIds.length + reading.names.personIds.length > 0;
  if (readings.some((reading) => !hasNames(reading) && !describingTerms(reading).length)) return null;
  const drivers = readings
    .filter((reading) => hasNames(reading) && !describingTerms(reading).length)
    .sort((a, b) => nameCount(a.names) - nameCount(b.names));
  let starts = drivers[0]?.names;
  if (!starts) {
    const described = readings.map((reading) => or(...describingTerms(reading))!);
    const asEditions = editionConditions(readings);
    const namers = readings.filter(hasNames);
    // Read as an edition (and a category, or its winners) unless no edition answers to every word and
    // some word names a nominee: "13th ida" is no 13th IDA Awards but the film 13th at the IDA. Then each
    // nomination found is one of some word's names, which one not known: the search starts from all of them.
    // Without a word naming the edition, the words may still be categories and winners ("documentary
    // short winners"), or, when no nomination answers to that, names ("short feature": a film called
    // Feature Presentation among the shorts).
    const readAsDescribed = asEditions.length
      ? await anyEdition(db, asEditions)
      : !namers.length || (await anyNomination(db, described));
    if (!namers.length || readAsDescribed) return { matched: null, conditions: described };
    starts = {
      filmIds: [...new Set(namers.flatMap((reading) => reading.names.filmIds))],
      personIds: [...new Set(namers.flatMap((reading) => reading.names.personIds))],
      isCapped: false,
    };
  }
  const conditions = readings.map((reading) =>
    or(
      ...(hasNames(reading) ? [inArray(nominations.id, sql`(${namesNominationIds(reading.names, 'union all')})`)] : []),
      ...describingTerms(reading),
    )!,
  );
  // A word that names more films and people than are read may leave out a nomination it describes: the
  // page then asks for more words, as it does when the driving word names too many.
  const isCapped = readings.some((reading) => reading.names.isCapped);
  return { matched: { ...starts, isCapped }, conditions };
}

async function anyNomination(db: Executor, conditions: SQL[]): Promise<boolean> {
  const [found] = await db
    .select({ id: nominations.id })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .where(and(...conditions))
    .limit(1);
  return found !== undefined;
}

async function anyEdition(db: Executor, conditions: SQL[]): Promise<boolean> {
  const [found] = await db
    .select({ id: editions.id })
    .from(editions)
    .where(and(...conditions))
    .limit(1);
  return found !== undefined;
}

interface WordReading {
  names: MatchedNames;
  awardIds: number[];
  year: number | null;
  ordinal: number | null;
  /** The edition's year, as a condition (yearSpanCondition), when the word is a year. */
  yearTerm: SQL | null;
  /** Canonical categories with a word of a name of theirs starting with this one ("documentary", "film"). */
  categoryIds: number[];
  asksForWinners: boolean;
}

/** What a word can say of an edition: its award, its year (awards or ceremony), its number. */
function editionTerms(reading: WordReading): SQL[] {
  return [
    ...(reading.awardIds.length ? [inArray(editions.awardId, reading.awardIds)] : []),
    ...(reading.yearTerm ? [reading.yearTerm] : []),
    ...(reading.ordinal !== null ? [eq(editions.ordinal, reading.ordinal)] : []),
  ];
}

/**
 * The words that say which edition: an award, a year or a number, leaving out the words that can name a
 * category or ask for winners ("documentary" also names the International Documentary Association's
 * awards, but "oscars 2017 documentary" means the Oscars' documentary categories).
 */
function editionWords(readings: WordReading[]): WordReading[] {
  return readings.filter(
    (reading) => editionTerms(reading).length && !reading.categoryIds.length && !reading.asksForWinners,
  );
}

const editionConditions = (readings: WordReading[]): SQL[] =>
  editionWords(readings).map((reading) => or(...editionTerms(reading))!);

/** What a word can say of a nomination other than its names: its edition, its category, that it won. */
function describingTerms(reading: WordReading): SQL[] {
  return [
    ...editionTerms(reading),
    // The "+" keeps SQLite, walking the editions, from reading every category of these through their index.
    ...(reading.categoryIds.length ? [sql`+${categories.canonicalCategoryId} in ${idList(reading.categoryIds)}`] : []),
    // The unary "+" keeps SQLite off the status index, as in filterConditions.
    ...(reading.asksForWinners ? [sql`+${nominations.status} = 'won'`] : []),
  ];
}

export interface EditionHit {
  id: number;
  awardSlug: string;
  slug: string;
  name: string;
}

/** How many awards one word may name for searchEditions; a word naming more says too little. */
const EDITION_AWARD_CAP = 20;

/**
 * The editions the words name when they name a year or a number, and perhaps an award ("ida 2016",
 * "oscars 89th", "academy awards 2017", "oscar 2017 documentary", "2016", "1st"): each word must name the
 * award, the year or the number, or else a category or the winners (which narrow the nominations, not
 * the edition), and some word must name a year or a number. Newest first, at most `limit`.
 */
export async function searchEditions(db: Executor, text: SearchText, limit = 10): Promise<EditionHit[]> {
  if (!text.match) return [];
  // Without a year or a number there is no edition to name: most searches stop here, reading nothing.
  if (!text.words.some((word) => YEAR_WORD.test(word) || ORDINAL_WORD.test(word))) return [];
  const readings = await readWords(db, text, EDITION_AWARD_CAP);
  const named = editionWords(readings);
  const namesWhich = named.some((reading) => reading.year !== null || reading.ordinal !== null);
  if (!namesWhich || readings.some((reading) => !describingTerms(reading).length)) return [];
  return db
    .select({ id: editions.id, awardSlug: awards.slug, slug: editions.slug, name: editions.name })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(and(...editionConditions(named)))
    .orderBy(desc(editions.year), desc(editions.ceremonyDate), desc(editions.id))
    .limit(limit);
}

/**
 * Each word of the text (a quoted phrase as one) read for what it can name, filler words left out unless
 * there is nothing else. A phrase names the records and awards that hold it and the categories named by
 * every word of it; a year, a number or "winners" is a word alone.
 */
async function readWords(db: Executor, text: SearchText, cap: number): Promise<WordReading[]> {
  const meaningful = text.units.filter((unit) => unit.words.length > 1 || !FILLER_WORDS.has(unit.words[0]!));
  const [categoryWords, offsets] = [await readCategoryWords(db), await listCeremonyOffsets(db)];
  return Promise.all(
    (meaningful.length ? meaningful : text.units).map(async ({ words, term }): Promise<WordReading> => {
      const word = words.length === 1 ? words[0]! : '';
      const ordinal = ORDINAL_WORD.exec(word)?.[1];
      const year = YEAR_WORD.test(word) ? Number(word) : null;
      const named = words.map((each) => categoriesNamed(categoryWords, each));
      return {
        names: await matchedNames(db, term, cap),
        awardIds: await idsOfKind(db, term, 'award', cap),
        year,
        yearTerm: year === null ? null : yearSpanCondition(year, year, offsets),
        ordinal: ordinal ? Number(ordinal) : null,
        categoryIds: named.reduce((common, ids) => common.filter((id) => ids.includes(id))),
        asksForWinners: WON_WORD.test(word),
      };
    }),
  );
}

/** Each canonical category with the words of its names: its own (through its slug) and its aliases'. */
type CategoryWords = { id: number; words: string[] }[];

/**
 * Every canonical category's words, read once for all the words of a search: a few thousand categories
 * at a million nominations, fewer rows than a scan per word would read.
 */
async function readCategoryWords(db: Executor): Promise<CategoryWords> {
  const rows = await db
    .select({
      id: canonicalCategories.id,
      slug: canonicalCategories.slug,
      aliases: sql<string | null>`group_concat(${categoryAliases.folded}, ' ')`,
    })
    .from(canonicalCategories)
    .leftJoin(categoryAliases, eq(categoryAliases.canonicalCategoryId, canonicalCategories.id))
    .groupBy(canonicalCategories.id);
  return rows.map((row) => ({
    id: row.id,
    words: [...new Set([...row.slug.split('-'), ...(row.aliases ?? '').split(' ')])].filter(Boolean),
  }));
}

/** The categories with a word of their names starting with `word` ("feature", "film", "short"). */
function categoriesNamed(categoryWords: CategoryWords, word: string): number[] {
  if (word.length < 2) return [];
  const folded = foldText(word);
  return categoryWords.filter((category) => category.words.some((each) => each.startsWith(folded))).map((c) => c.id);
}

const nameCount = (names: MatchedNames) => names.filmIds.length + names.personIds.length;

/**
 * The films or the people whose words (title or name, aliases) the text matches, in any order and as
 * prefixes, as search finds them: at most `cap` ids, unranked. For the admin's pickers (a merge's duplicate).
 */
export async function matchRecordIds(
  db: Executor,
  text: string,
  kind: 'film' | 'person',
  cap: number,
): Promise<number[]> {
  const { match } = parseSearchText(text);
  return match ? idsOfKind(db, match, kind, cap) : [];
}

/**
 * The films (by title, other names, year) or people (by name, other names) whose words hold every word of
 * the text, each as the start of one, in any order, as search finds them: an SQL list for `id in …`.
 */
export function idsMatching(text: SearchText, kind: 'film' | 'person'): SQL {
  return sql`(select rowid / 4 from search_index where search_index match ${text.match} and rowid % 4 = ${KIND[kind]})`;
}

/** How many films or people idsMatching holds, counted up to `cap` + 1 (so "more than `cap`" can be told). */
export async function countMatching(db: Executor, text: SearchText, kind: 'film' | 'person', cap: number) {
  const [row] = await db.all<{ n: number }>(sql`select count(*) as n from (
    select 1 from search_index where search_index match ${text.match} and rowid % 4 = ${KIND[kind]} limit ${cap + 1})`);
  return row?.n ?? 0;
}

/** The ids of one kind of record whose search documents an FTS5 query matches, at most `cap`, unranked. */
async function idsOfKind(db: Executor, match: string, kind: keyof typeof KIND, cap: number): Promise<number[]> {
  const rows = await db.all<{ id: number }>(sql`
    select rowid / 4 as id from search_index where search_index match ${match} and rowid % 4 = ${KIND[kind]} limit ${cap}`);
  return rows.map((row) => row.id);
}

/** A list of ids as one bound JSON value, so that thousands of ids do not become thousands of parameters. */
function idList(ids: readonly number[]): SQL {
  return sql`(select value from json_each(${JSON.stringify(ids)}))`;
}

/**
 * Awards year or ceremony year within [from, to]: the 89th Academy Awards is in 2016 and in 2017. An
 * edition without a ceremony date takes its ceremony year from its award's offset (`offsets`, from
 * listCeremonyOffsets). An awards year written across two ("1927/28", stored as 1928) is in both of its
 * years; another label ("Season 2016") is not read.
 */
function yearSpanCondition(
  from: number | undefined,
  to: number | undefined,
  offsets: ReadonlyMap<number, number>,
): SQL {
  const low = from ?? 0;
  const high = to ?? 9999;
  const ceremonyYear = sql`cast(substr(${editions.ceremonyDate}, 1, 4) as integer)`;
  // An edition without a ceremony date is held when its award's dated editions are: the year after its
  // awards year for the Academy Awards (the 98th, of 2025, in 2026).
  const awardsByOffset = new Map<number, number[]>();
  for (const [awardId, offset] of offsets) awardsByOffset.set(offset, [...(awardsByOffset.get(offset) ?? []), awardId]);
  const undated = [...awardsByOffset].map(
    ([offset, awardIds]) =>
      sql` or (${editions.ceremonyDate} is null and ${editions.awardId} in ${idList(awardIds)} and ${editions.year} + ${offset} between ${low} and ${high})`,
  );
  return sql`((${editions.year} between ${low} and ${high}) or (${ceremonyYear} between ${low} and ${high})
    or (${editions.yearLabel} glob '[0-9][0-9][0-9][0-9]/[0-9]*' and ${editions.year} - 1 between ${low} and ${high})${sql.join(undated)})`;
}

// ---------------------------------------------------------------------------------------------------
// Filter choices and their lookup

export interface CategoryChoice {
  slug: string;
  name: string;
  awardSlug: string;
  awardName: string;
  isDocumentary: boolean;
}

/**
 * The awards, and the categories to choose from: every canonical category of the chosen award, or,
 * with no award chosen, the documentary categories of all awards (and any already chosen). Every
 * category of every award would be thousands of options in one select.
 */
export async function listFilterChoices(db: Executor, awardId?: number, chosenSlugs: readonly string[] = []) {
  const awardChoices = await db
    .select({ id: awards.id, slug: awards.slug, name: awards.name })
    .from(awards)
    .orderBy(asc(awards.name));
  const which =
    awardId !== undefined
      ? eq(canonicalCategories.awardId, awardId)
      : or(
          eq(canonicalCategories.isDocumentary, true),
          chosenSlugs.length ? inArray(canonicalCategories.slug, [...chosenSlugs]) : undefined,
        );
  const categoryChoices: CategoryChoice[] = await db
    .select({
      slug: canonicalCategories.slug,
      name: canonicalCategories.name,
      awardSlug: awards.slug,
      awardName: awards.name,
      isDocumentary: canonicalCategories.isDocumentary,
    })
    .from(canonicalCategories)
    .innerJoin(awards, eq(awards.id, canonicalCategories.awardId))
    .where(which)
    .orderBy(asc(awards.name), desc(canonicalCategories.isDocumentary), asc(canonicalCategories.name))
    .limit(MAX_CATEGORY_CHOICES);
  return { awards: awardChoices, categories: categoryChoices };
}

/** A select longer than this is no help to anyone; an award's own categories stay well below it. */
const MAX_CATEGORY_CHOICES = 500;

export async function findAwardIdBySlug(db: Executor, slug: string): Promise<number | undefined> {
  const [row] = await db.select({ id: awards.id }).from(awards).where(eq(awards.slug, slug)).limit(1);
  return row?.id;
}

/**
 * The canonical categories with these slugs, within one award or across all (the same slug in two
 * awards names both), and the slugs that name none.
 */
export async function resolveCategorySlugs(db: Executor, slugs: readonly string[], awardId?: number) {
  if (!slugs.length) return { ids: [] as number[], unknown: [] as string[] };
  const rows = await db
    .select({ id: canonicalCategories.id, slug: canonicalCategories.slug })
    .from(canonicalCategories)
    .where(
      and(
        inArray(canonicalCategories.slug, [...slugs]),
        awardId === undefined ? undefined : eq(canonicalCategories.awardId, awardId),
      ),
    );
  const found = new Set(rows.map((row) => row.slug));
  return { ids: rows.map((row) => row.id), unknown: slugs.filter((slug) => !found.has(slug)) };
}
