// The editions the dashboard reports on: those of the chosen season and any with a date still ahead,
// each with its dates, how many of its nominations stand at each status, and the categories the sweep
// job flagged as awaiting results (jobs/sweep/sweep-job.ts). One query: the counts come from
// edition_status_counts (kept by triggers, migration 0008) and the awaiting categories from the few
// categories of each edition, so no nomination is read.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import type { SeasonStart } from '../rules/awards-season';
import { awards, categories, editions, editionStatusCounts, type NominationStatus } from '../schema';
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
  const count = (status: NominationStatus) =>
    sql<number>`coalesce((${db
      .select({ n: editionStatusCounts.nominations })
      .from(editionStatusCounts)
      .where(and(eq(editionStatusCounts.editionId, editions.id), eq(editionStatusCounts.status, status)))}), 0)`;
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
      // Each awaiting category's name once (two categories may share a name).
      awaiting: sql<string>`(select json_group_array(distinct ${categories.name}) from ${categories}
        where ${categories.editionId} = ${editions.id} and ${categories.awaitingResultsSince} is not null)`,
    })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(sql`${editionSeasonSql} = ${season} or ${ahead(today)}`)
    .orderBy(sql`${editions.ceremonyDate} is null`, asc(editions.ceremonyDate), asc(awards.name))
    .all();
  return rows.map(({ shortlisted, nominated, won, lost, awaiting, ...edition }) => ({
    ...edition,
    counts: { shortlisted, nominated, won, lost },
    awaitingCategories: (JSON.parse(awaiting) as (string | null)[]).filter((name): name is string => !!name),
  }));
}
