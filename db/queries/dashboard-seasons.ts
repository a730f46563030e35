// The awards seasons the dashboard can show (db/rules/awards-season.ts says what a season is) and which
// one it opens on. Editions are few (one a year per award), so computing each edition's season in SQL
// costs a scan of editions only; how many nominations each holds is read from edition_status_counts
// (kept by triggers, migration 0008), never counted from the nominations.
import { and, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { seasonOfDate, SEASON_START_MONTH, type SeasonStart } from '../rules/awards-season';
import { editions, editionStatusCounts } from '../schema';

/** The season an edition belongs to, in SQL: the rule of seasonOfEdition in db/rules/awards-season.ts. */
export const editionSeasonSql: SQL<number> = sql<number>`(case when ${editions.ceremonyDate} is not null
  then cast(substr(${editions.ceremonyDate}, 1, 4) as integer)
    - (cast(substr(${editions.ceremonyDate}, 6, 2) as integer) < ${SEASON_START_MONTH})
  else ${editions.year} end)`;

export interface SeasonSummary {
  start: SeasonStart;
  awards: number;
  nominations: number;
}

/** Every season up to today's that holds at least one nomination, latest first. */
export function listSeasons(db: Executor, today: string): SeasonSummary[] {
  const season = editionSeasonSql;
  return db
    .select({
      start: sql<number>`${season}`.as('season'),
      awards: sql<number>`count(distinct ${editions.awardId})`,
      nominations: sql<number>`sum(${editionStatusCounts.nominations})`,
    })
    .from(editions)
    .innerJoin(editionStatusCounts, eq(editionStatusCounts.editionId, editions.id))
    .where(and(sql`${season} <= ${seasonOfDate(today)}`, gt(editionStatusCounts.nominations, 0)))
    .groupBy(sql`season`)
    .orderBy(sql`season desc`)
    .all();
}

/**
 * The season the dashboard opens on: the current season when it holds any nomination; otherwise the
 * season that covers the most awards (the fullest circuit we hold), the latest of equals. A season of
 * one award is that award's own page, not a circuit; this is why the seeded data opens on 2016–17
 * (four awards) and not on the latest Oscars alone.
 */
export function defaultSeason(seasons: readonly SeasonSummary[], today: string): SeasonStart | null {
  const current = seasonOfDate(today);
  if (seasons.some((season) => season.start === current)) return current;
  let best: SeasonSummary | null = null;
  for (const season of seasons) {
    if (!best || season.awards > best.awards || (season.awards === best.awards && season.start > best.start)) {
      best = season;
    }
  }
  return best?.start ?? null;
}

/**
 * The ids of the season's editions, as a subquery: queries start from these (a few hundred at most)
 * and reach categories and nominations through their edition and category indexes. Joined from the
 * other side, SQLite cannot see the season through the CASE and reads every nomination.
 */
export function seasonEditionIds(db: Executor, season: SeasonStart) {
  return db
    .select({ id: editions.id })
    .from(editions)
    .where(sql`${editionSeasonSql} = ${season}`);
}
