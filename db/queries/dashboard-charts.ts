// What the dashboard's charts draw: documentary nominations per awards year per award (over the whole
// catalogue, one grouped query over the per-edition counts that migration 0008's triggers keep, not over
// every nomination), and one film's path through a season (its nominations in the season's editions, in
// date order, one query).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import type { SeasonStart } from '../rules/awards-season';
import { awards, categories, editions, nominationFilms, nominations, type NominationStatus } from '../schema';
import { editionSeasonSql } from './dashboard-seasons';
import { nominatedSql } from './record-tallies';

export interface AwardYearCount {
  awardSlug: string;
  awardName: string;
  year: number;
  nominations: number;
}

/**
 * Documentary nominations (winners included) per award and awards year, for the years that have any: in
 * a category that is a documentary one or has no canonical category (a festival's), as the award pages
 * count documentary wins. Most editions have no other kind, so their per-edition counts are summed as
 * they are; only an edition that also has other categories (the Academy Awards, imported whole) has its
 * documentary categories' nominations counted one by one, through their category index.
 */
export function countNominationsPerYear(db: Executor): AwardYearCount[] {
  // From the few canonical categories that are not documentary ones to their editions (CROSS JOIN keeps
  // that order: the other way round reads every category).
  const perEdition = sql`
    select s.edition_id as edition_id, s.nominations as nominations from edition_status_counts s
     where s.status in ${nominatedSql} and s.nominations > 0 and s.edition_id not in mixed
    union all
    select c.edition_id, count(*) from mixed
      cross join categories c on c.edition_id = mixed.edition_id
      left join canonical_categories cc on cc.id = c.canonical_category_id
      join nominations n on n.category_id = c.id and n.status in ${nominatedSql}
     where coalesce(cc.is_documentary, 1) = 1
     group by c.edition_id`;
  return db.all<AwardYearCount>(sql`
    with mixed as materialized (select distinct c.edition_id from canonical_categories cc
      cross join categories c on c.canonical_category_id = cc.id where cc.is_documentary = 0)
    select a.slug as awardSlug, a.name as awardName, e.year as year, sum(counted.nominations) as nominations
      from (${perEdition}) as counted
      join editions e on e.id = counted.edition_id
      join awards a on a.id = e.award_id
     group by a.id, e.year
     order by e.year, a.name`);
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
