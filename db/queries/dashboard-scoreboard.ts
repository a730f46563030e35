// The season scoreboard: every documentary's nominations and wins in one season, per award. Two
// queries whatever the size of the season: the awards and categories of the season (the columns and
// the filter's choices) and the counts, grouped by film and award in SQL. A film is a documentary when
// it is marked so or nominated in a documentary category (the Academy's documentary categories).
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import type { SeasonStart } from '../rules/awards-season';
import { sortTitle } from '../rules/sort-title';
import { awards, canonicalCategories, categories, editions, films, nominationFilms, nominations } from '../schema';
import { seasonEditionIds } from './dashboard-seasons';
import { nominatedSql } from './record-tallies';

export const SCOREBOARD_SORTS = ['wins', 'nominations', 'title'] as const;
export type ScoreboardSort = (typeof SCOREBOARD_SORTS)[number];

export interface ScoreboardFilter {
  season: SeasonStart;
  /** An award's slug: only its column and its nominations. */
  award?: string | null;
  /** A category's id (of an edition in the season). */
  category?: number | null;
  sort?: ScoreboardSort;
}

export interface SeasonCategory {
  awardId: number;
  awardSlug: string;
  awardName: string;
  awardShortName: string | null;
  editionSlug: string;
  editionName: string;
  categoryId: number;
  categoryName: string;
}

export interface AwardTally {
  nominations: number;
  wins: number;
  /** Of the nominations, those decided against the film (so the badge can say "Lost", not "Nominated"). */
  lost: number;
  /** Of the nominations, those placed second or honoured without the award (the badge names the place). */
  runnerUp: number;
  honorableMention: number;
  shortlisted: number;
}

export interface ScoreboardRow extends AwardTally {
  filmId: number;
  slug: string;
  title: string;
  year: number | null;
  /** Per award id; an award the film has nothing at is absent. */
  byAward: Map<number, AwardTally>;
}

/** The categories of the season's editions, by award then position (the filter's choices). */
export function listSeasonCategories(db: Executor, season: SeasonStart): SeasonCategory[] {
  return db
    .select({
      awardId: awards.id,
      awardSlug: awards.slug,
      awardName: awards.name,
      awardShortName: awards.shortName,
      editionSlug: editions.slug,
      editionName: editions.name,
      categoryId: categories.id,
      categoryName: categories.name,
    })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .innerJoin(categories, eq(categories.editionId, editions.id))
    .where(inArray(categories.editionId, seasonEditionIds(db, season)))
    .orderBy(asc(awards.name), asc(editions.year), asc(categories.position), asc(categories.name))
    .all();
}

function filterConditions(db: Executor, filter: ScoreboardFilter): SQL[] {
  const conditions: SQL[] = [inArray(categories.editionId, seasonEditionIds(db, filter.season))];
  if (filter.award) conditions.push(eq(awards.slug, filter.award));
  if (filter.category) conditions.push(eq(categories.id, filter.category));
  return conditions;
}

const isNominated = sql`${nominations.status} in ${nominatedSql}`;
const isWon = sql`${nominations.status} = 'won'`;
const isShortlisted = sql`${nominations.status} = 'shortlisted'`;
const isLost = sql`${nominations.status} = 'lost'`;
const isRunnerUp = sql`${nominations.status} = 'runner_up'`;
const isHonorableMention = sql`${nominations.status} = 'honorable_mention'`;
const inDocumentaryCategory = sql`coalesce(${canonicalCategories.isDocumentary}, 0) = 1`;

/**
 * The season's nominations counted per film and award, twice: all of them, and those in documentary
 * categories only. Which of the two counts is decided per film afterwards, so the films table is read
 * once per film and not once per nomination (and nominations_category_status covers the nominations).
 */
function tallyByFilmId(db: Executor, filter: ScoreboardFilter) {
  const sum = (name: string, condition: SQL) => sql<number>`sum(${condition})`.as(name);
  const sumInDocumentary = (name: string, condition: SQL) =>
    sql<number>`sum(${inDocumentaryCategory} and ${condition})`.as(name);
  return db
    .select({
      filmId: sql<number>`${nominationFilms.filmId}`.as('film_id'),
      awardId: sql<number>`${editions.awardId}`.as('award_id'),
      nominations: sum('nominations', isNominated),
      wins: sum('wins', isWon),
      lost: sum('lost', isLost),
      runnerUp: sum('runner_up', isRunnerUp),
      honorableMention: sum('honorable_mention', isHonorableMention),
      shortlisted: sum('shortlisted', isShortlisted),
      documentaryRows: sql<number>`sum(${inDocumentaryCategory})`.as('documentary_rows'),
      documentaryNominations: sumInDocumentary('documentary_nominations', isNominated),
      documentaryWins: sumInDocumentary('documentary_wins', isWon),
      documentaryLost: sumInDocumentary('documentary_lost', isLost),
      documentaryRunnerUp: sumInDocumentary('documentary_runner_up', isRunnerUp),
      documentaryHonorableMention: sumInDocumentary('documentary_honorable_mention', isHonorableMention),
      documentaryShortlisted: sumInDocumentary('documentary_shortlisted', isShortlisted),
    })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .innerJoin(categories, eq(categories.editionId, editions.id))
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .innerJoin(nominations, eq(nominations.categoryId, categories.id))
    .innerJoin(nominationFilms, eq(nominationFilms.nominationId, nominations.id))
    .where(and(...filterConditions(db, filter)))
    .groupBy(nominationFilms.filmId, editions.awardId)
    .as('tally');
}

/**
 * The counts per film and award of the documentaries: every nomination of a film marked documentary,
 * and of any other film its nominations in documentary categories (a film with none is left out).
 */
function tallyRows(db: Executor, filter: ScoreboardFilter) {
  const tally = tallyByFilmId(db, filter);
  const isDocumentary = sql`${films.isDocumentary} = 1`;
  const pick = (all: SQL.Aliased<number>, documentary: SQL.Aliased<number>) =>
    sql<number>`case when ${isDocumentary} then ${all} else ${documentary} end`;
  return db
    .select({
      filmId: films.id,
      slug: films.slug,
      title: films.title,
      titleFolded: films.titleFolded,
      year: films.year,
      awardId: tally.awardId,
      nominations: pick(tally.nominations, tally.documentaryNominations),
      wins: pick(tally.wins, tally.documentaryWins),
      lost: pick(tally.lost, tally.documentaryLost),
      runnerUp: pick(tally.runnerUp, tally.documentaryRunnerUp),
      honorableMention: pick(tally.honorableMention, tally.documentaryHonorableMention),
      shortlisted: pick(tally.shortlisted, tally.documentaryShortlisted),
    })
    .from(tally)
    .innerJoin(films, eq(films.id, tally.filmId))
    .where(sql`${isDocumentary} or ${tally.documentaryRows} > 0`)
    .orderBy(asc(films.id), asc(tally.awardId))
    .all();
}

// One collator for every comparison: localeCompare with options builds one per call, which costs more
// than the query when a season holds thousands of films. Same order, as localeCompare uses Intl.Collator.
const titleCollator = new Intl.Collator('en', { sensitivity: 'base' });

type Compare = (a: ScoreboardRow, b: ScoreboardRow) => number;

/** The orders, given the order of titles: as the A–Z list files them (db/rules/sort-title.ts). */
const COMPARE: Record<ScoreboardSort, (byTitle: Compare) => Compare> = {
  wins: (byTitle) => (a, b) => b.wins - a.wins || b.nominations - a.nominations || byTitle(a, b),
  nominations: (byTitle) => (a, b) => b.nominations - a.nominations || b.wins - a.wins || byTitle(a, b),
  title: (byTitle) => byTitle,
};

const NO_TALLY: AwardTally = { nominations: 0, wins: 0, lost: 0, runnerUp: 0, honorableMention: 0, shortlisted: 0 };
const TALLY_KEYS = Object.keys(NO_TALLY) as (keyof AwardTally)[];

/** Every documentary with a nomination, win or shortlisting in the season, sorted (wins first by default). */
export function getScoreboard(db: Executor, filter: ScoreboardFilter): ScoreboardRow[] {
  const rows = new Map<number, ScoreboardRow>();
  /** Where each film's title is filed: "The Alabama Solution" under A. */
  const filed = new Map<number, string>();
  for (const tally of tallyRows(db, filter)) {
    const counts = { ...NO_TALLY };
    for (const key of TALLY_KEYS) counts[key] = tally[key];
    if (!counts.nominations && !counts.wins && !counts.shortlisted) continue; // only submitted or withdrawn
    const row = rows.get(tally.filmId) ?? {
      filmId: tally.filmId,
      slug: tally.slug,
      title: tally.title,
      year: tally.year,
      ...NO_TALLY,
      byAward: new Map<number, AwardTally>(),
    };
    row.byAward.set(tally.awardId, counts);
    for (const key of TALLY_KEYS) row[key] += counts[key];
    rows.set(tally.filmId, row);
    filed.set(tally.filmId, sortTitle(tally.titleFolded));
  }
  const byTitle: Compare = (a, b) =>
    titleCollator.compare(filed.get(a.filmId)!, filed.get(b.filmId)!) || a.filmId - b.filmId;
  return [...rows.values()].sort(COMPARE[filter.sort ?? 'wins'](byTitle));
}
