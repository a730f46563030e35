// The editions the dashboard reports on: those of the chosen season and any with a date still ahead,
// each with its dates, how many of its nominations stand at each status, and the categories the sweep
// job flagged as awaiting results (jobs/sweep/sweep-job.ts). One grouped query.
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import type { SeasonStart } from '../rules/awards-season';
import { awards, categories, editions, nominations } from '../schema';
import { editionSeasonSql } from './dashboard-seasons';

export interface DashboardEdition {
  id: number;
  slug: string;
  name: string;
  year: number;
  awardSlug: string;
  awardName: string;
  submissionsDate: string | null;
  shortlistDate: string | null;
  nominationsDate: string | null;
  ceremonyDate: string | null;
  resultsComplete: boolean;
  season: number;
  counts: { shortlisted: number; nominated: number; won: number; lost: number };
  awaitingCategories: string[];
}

const ahead = (today: string) =>
  sql`(${editions.submissionsDate} >= ${today} or ${editions.shortlistDate} >= ${today}
    or ${editions.nominationsDate} >= ${today} or ${editions.ceremonyDate} >= ${today})`;

/** The season's editions and every edition with a date on or after today, by ceremony date. */
export function listDashboardEditions(db: Executor, season: SeasonStart, today: string): DashboardEdition[] {
  const count = (status: string) => sql<number>`coalesce(sum(${nominations.status} = ${status}), 0)`;
  const rows = db
    .select({
      id: editions.id,
      slug: editions.slug,
      name: editions.name,
      year: editions.year,
      awardSlug: awards.slug,
      awardName: awards.name,
      submissionsDate: editions.submissionsDate,
      shortlistDate: editions.shortlistDate,
      nominationsDate: editions.nominationsDate,
      ceremonyDate: editions.ceremonyDate,
      resultsComplete: editions.resultsComplete,
      season: sql<number>`${editionSeasonSql}`,
      shortlisted: count('shortlisted'),
      nominated: count('nominated'),
      won: count('won'),
      lost: count('lost'),
      // Each awaiting category's name once, however many nominations it has (nulls dropped below).
      awaiting: sql<string>`json_group_array(distinct case when ${categories.awaitingResultsSince} is not null
        then ${categories.name} end)`,
    })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .leftJoin(categories, eq(categories.editionId, editions.id))
    .leftJoin(nominations, eq(nominations.categoryId, categories.id))
    .where(sql`${editionSeasonSql} = ${season} or ${ahead(today)}`)
    .groupBy(editions.id)
    .orderBy(sql`${editions.ceremonyDate} is null`, asc(editions.ceremonyDate), asc(awards.name))
    .all();
  return rows.map(({ shortlisted, nominated, won, lost, awaiting, ...edition }) => ({
    ...edition,
    counts: { shortlisted, nominated, won, lost },
    awaitingCategories: (JSON.parse(awaiting) as (string | null)[]).filter((name): name is string => !!name),
  }));
}
