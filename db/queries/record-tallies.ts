// A film's or a person's record, counted in SQL: how many nominations (only what countsAsNomination in
// db/rules/status.ts takes: not a submission, a shortlisting or a withdrawn nomination) and how many wins.
// One place for the pages' records, the A–Z lists, search's tallies and the dashboard's counts.
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { countsAsNomination, NOMINATED_STATUSES } from '../rules/status';
import { NOMINATION_STATUSES, nominationFilms, nominationPeople, nominations, type NominationStatus } from '../schema';

/** NOMINATED_STATUSES as an SQL list, for `status in ${nominatedSql}`. */
export const nominatedSql = sql.raw(`(${NOMINATED_STATUSES.map((s) => `'${s}'`).join(', ')})`);

/** In a grouped query over nominations: how many count as a nomination, and how many were won. */
export const nominationCount = sql<number>`count(case when ${nominations.status} in ${nominatedSql} then 1 end)`;
export const winCount = sql<number>`count(case when ${nominations.status} = 'won' then 1 end)`;

/** The statuses an entry may have that are not a nomination: a submission, a shortlisting, a withdrawal. */
const UNCOUNTED_STATUSES = NOMINATION_STATUSES.filter((status) => !countsAsNomination(status));

export interface Tally {
  nominations: number;
  wins: number;
  /** Entries that are no nomination, by status: named where a record has no nomination to show. */
  uncounted: Partial<Record<NominationStatus, number>>;
}

const uncountedCounts = Object.fromEntries(
  UNCOUNTED_STATUSES.map((status) => [
    status,
    sql<number>`count(case when ${nominations.status} = ${status} then 1 end)`,
  ]),
) as Record<NominationStatus, SQL<number>>;

/** Each record's tally, through one of the link tables. */
async function tallyThrough(
  db: Executor,
  link: typeof nominationFilms | typeof nominationPeople,
  column: typeof nominationFilms.filmId | typeof nominationPeople.personId,
  ids: readonly number[],
): Promise<Map<number, Tally>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: column, nominations: nominationCount, wins: winCount, ...uncountedCounts })
    .from(link)
    .innerJoin(nominations, eq(nominations.id, link.nominationId))
    .where(inArray(column, [...ids]))
    .groupBy(column);
  return new Map(
    rows.map((row) => {
      const uncounted = Object.fromEntries(
        UNCOUNTED_STATUSES.filter((status) => row[status] > 0).map((status) => [status, row[status]]),
      );
      return [row.id, { nominations: row.nominations, wins: row.wins, uncounted }];
    }),
  );
}

/**
 * How many nominations and wins each of these films has, for a person page's list of their films (a
 * director's page shows the wins of the films they made, not only the nominations naming them) and the
 * A–Z list of films.
 */
export const listFilmRecords = (db: Executor, filmIds: readonly number[]) =>
  tallyThrough(db, nominationFilms, nominationFilms.filmId, filmIds);

/** How many nominations that name each of these people, and wins, for the A–Z list of people. */
export const listPersonRecords = (db: Executor, personIds: readonly number[]) =>
  tallyThrough(db, nominationPeople, nominationPeople.personId, personIds);
