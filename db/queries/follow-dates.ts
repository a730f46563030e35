// The dates a calendar lists: submissions deadline, shortlist, nominations and ceremony of the editions
// an award, an edition, or a film's or a person's nominations belong to. Only dates the catalogue holds; none guessed.
import { and, asc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, categories, editions, nominations } from '../schema';
import { filmNominationIds, personNominationIds, type FollowScope } from './follow-scope';

export const EDITION_DATE_KINDS = ['submissions', 'shortlist', 'nominations', 'ceremony'] as const;
export type EditionDateKind = (typeof EDITION_DATE_KINDS)[number];

const DATE_COLUMNS = {
  submissions: 'submissionsDate',
  shortlist: 'shortlistDate',
  nominations: 'nominationsDate',
  ceremony: 'ceremonyDate',
} as const satisfies Record<EditionDateKind, keyof typeof editions.$inferSelect>;

export interface EditionDate {
  editionId: number;
  editionName: string;
  editionSlug: string;
  awardSlug: string;
  kind: EditionDateKind;
  /** An ISO date ('2017-02-26'). */
  date: string;
  /** Why the edition's dates are uncertain, when they are. */
  datesNote: string | null;
  venue: string | null;
  /** The edition's version, bumped by every edit of it: a calendar event's SEQUENCE rises with it. */
  revision: number;
}

function scopeCondition(scope: FollowScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'award':
      return eq(editions.awardId, scope.id);
    case 'edition':
      return eq(editions.id, scope.id);
    case 'film':
      return inArray(editions.id, editionsOf(filmNominationIds(scope.id)));
    case 'person':
      return inArray(editions.id, editionsOf(personNominationIds(scope.id)));
  }
}

/** The editions of the nominations with the given ids. */
function editionsOf(nominationIds: SQL): SQL {
  return sql`(select ${categories.editionId} from ${nominations}
    join ${categories} on ${categories.id} = ${nominations.categoryId}
    where ${nominations.id} in ${nominationIds})`;
}

/** Whether any edition in scope has a known date: else its calendar would hold no event at all. */
export async function hasFollowDates(db: Executor, scope: FollowScope): Promise<boolean> {
  const dated = or(...EDITION_DATE_KINDS.map((kind) => isNotNull(editions[DATE_COLUMNS[kind]])));
  const row = await db
    .select({ id: editions.id })
    .from(editions)
    .where(and(scopeCondition(scope), dated))
    .limit(1);
  return row.length > 0;
}

/** Every known date of the editions in scope, in date order. */
export async function listFollowDates(db: Executor, scope: FollowScope): Promise<EditionDate[]> {
  const rows = await db
    .select({
      editionId: editions.id,
      editionName: editions.name,
      editionSlug: editions.slug,
      awardSlug: awards.slug,
      submissions: editions[DATE_COLUMNS.submissions],
      shortlist: editions[DATE_COLUMNS.shortlist],
      nominations: editions[DATE_COLUMNS.nominations],
      ceremony: editions[DATE_COLUMNS.ceremony],
      datesNote: editions.datesNote,
      venue: editions.venue,
      revision: editions.version,
    })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(scopeCondition(scope))
    .orderBy(asc(editions.year), asc(editions.id));
  const dates: EditionDate[] = [];
  for (const row of rows) {
    for (const kind of EDITION_DATE_KINDS) {
      const date = row[kind];
      if (!date) continue;
      const { editionId, editionName, editionSlug, awardSlug, datesNote, venue, revision } = row;
      dates.push({ editionId, editionName, editionSlug, awardSlug, kind, date, datesNote, venue, revision });
    }
  }
  return dates.sort((a, b) => a.date.localeCompare(b.date) || a.editionId - b.editionId);
}
