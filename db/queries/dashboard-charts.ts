// What the dashboard's charts draw: nominations per awards year per award (over the whole catalogue,
// one grouped query over the per-edition counts that migration 0008's triggers keep, not over every
// nomination), and one film's path through a season (its nominations in the season's editions, in
// date order, one query).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import type { SeasonStart } from '../rules/awards-season';
import {
  awards,
  categories,
  editions,
  editionStatusCounts,
  nominationFilms,
  nominations,
  type NominationStatus,
} from '../schema';
import { editionSeasonSql, nominatedSql } from './dashboard-seasons';

export interface AwardYearCount {
  awardSlug: string;
  awardName: string;
  year: number;
  nominations: number;
}

/** Nominations (winners included) per award and awards year, for the years that have any. */
export function countNominationsPerYear(db: Executor): AwardYearCount[] {
  return db
    .select({
      awardSlug: awards.slug,
      awardName: awards.name,
      year: editions.year,
      nominations: sql<number>`sum(${editionStatusCounts.nominations})`,
    })
    .from(editionStatusCounts)
    .innerJoin(editions, eq(editions.id, editionStatusCounts.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(and(sql`${editionStatusCounts.status} in ${nominatedSql}`, sql`${editionStatusCounts.nominations} > 0`))
    .groupBy(awards.id, editions.year)
    .orderBy(asc(editions.year), asc(awards.name))
    .all();
}

export interface SeasonStep {
  nominationId: number;
  awardName: string;
  awardShortName: string | null;
  editionSlug: string;
  awardSlug: string;
  editionName: string;
  ceremonyDate: string | null;
  year: number;
  categoryName: string;
  status: NominationStatus;
}

/** A film's nominations in the season's editions, by ceremony date (editions without one last). */
export function listFilmSeasonPath(db: Executor, filmId: number, season: SeasonStart): SeasonStep[] {
  return db
    .select({
      nominationId: nominations.id,
      awardName: awards.name,
      awardShortName: awards.shortName,
      awardSlug: awards.slug,
      editionSlug: editions.slug,
      editionName: editions.name,
      ceremonyDate: editions.ceremonyDate,
      year: editions.year,
      categoryName: categories.name,
      status: nominations.status,
    })
    .from(nominationFilms)
    .innerJoin(nominations, eq(nominations.id, nominationFilms.nominationId))
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(and(eq(nominationFilms.filmId, filmId), sql`${editionSeasonSql} = ${season}`))
    .orderBy(
      sql`${editions.ceremonyDate} is null`,
      asc(editions.ceremonyDate),
      asc(awards.name),
      asc(categories.position),
    )
    .all();
}
