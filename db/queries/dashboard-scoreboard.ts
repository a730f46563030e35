// The season scoreboard: every documentary's nominations and wins in one season, per award. Two
// queries whatever the size of the season: the awards and categories of the season (the columns and
// the filter's choices) and the counts, grouped by film and award in SQL. A film is a documentary when
// it is marked so or nominated in a documentary category (the Academy's documentary categories).
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import type { SeasonStart } from '../rules/awards-season';
import { awards, canonicalCategories, categories, editions, films, nominationFilms, nominations } from '../schema';
import { editionSeasonSql, nominatedSql } from './dashboard-seasons';

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
    .where(sql`${editionSeasonSql} = ${season}`)
    .orderBy(asc(awards.name), asc(editions.year), asc(categories.position), asc(categories.name))
    .all();
}

function filterConditions(filter: ScoreboardFilter): SQL[] {
  const conditions: SQL[] = [
    sql`${editionSeasonSql} = ${filter.season}`,
    sql`(${films.isDocumentary} = 1 or ${canonicalCategories.isDocumentary} = 1)`,
  ];
  if (filter.award) conditions.push(eq(awards.slug, filter.award));
  if (filter.category) conditions.push(eq(categories.id, filter.category));
  return conditions;
}

/** The counts per film and award, in one grouped query. */
function tallyRows(db: Executor, filter: ScoreboardFilter) {
  return db
    .select({
      filmId: films.id,
      slug: films.slug,
      title: films.title,
      year: films.year,
      awardId: awards.id,
      nominations: sql<number>`sum(${nominations.status} in ${nominatedSql})`,
      wins: sql<number>`sum(${nominations.status} = 'won')`,
      shortlisted: sql<number>`sum(${nominations.status} = 'shortlisted')`,
    })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .innerJoin(categories, eq(categories.editionId, editions.id))
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .innerJoin(nominations, eq(nominations.categoryId, categories.id))
    .innerJoin(nominationFilms, eq(nominationFilms.nominationId, nominations.id))
    .innerJoin(films, eq(films.id, nominationFilms.filmId))
    .where(and(...filterConditions(filter)))
    .groupBy(films.id, awards.id)
    .all();
}

const byTitle = (a: ScoreboardRow, b: ScoreboardRow) =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.filmId - b.filmId;

const COMPARE: Record<ScoreboardSort, (a: ScoreboardRow, b: ScoreboardRow) => number> = {
  wins: (a, b) => b.wins - a.wins || b.nominations - a.nominations || byTitle(a, b),
  nominations: (a, b) => b.nominations - a.nominations || b.wins - a.wins || byTitle(a, b),
  title: byTitle,
};

/** Every documentary with a nomination, win or shortlisting in the season, sorted (wins first by default). */
export function getScoreboard(db: Executor, filter: ScoreboardFilter): ScoreboardRow[] {
  const rows = new Map<number, ScoreboardRow>();
  for (const tally of tallyRows(db, filter)) {
    const counts = { nominations: tally.nominations, wins: tally.wins, shortlisted: tally.shortlisted };
    if (!counts.nominations && !counts.wins && !counts.shortlisted) continue; // only submitted or withdrawn
    const row = rows.get(tally.filmId) ?? {
      filmId: tally.filmId,
      slug: tally.slug,
      title: tally.title,
      year: tally.year,
      nominations: 0,
      wins: 0,
      shortlisted: 0,
      byAward: new Map<number, AwardTally>(),
    };
    row.byAward.set(tally.awardId, counts);
    row.nominations += counts.nominations;
    row.wins += counts.wins;
    row.shortlisted += counts.shortlisted;
    rows.set(tally.filmId, row);
  }
  return [...rows.values()].sort(COMPARE[filter.sort ?? 'wins']);
}
