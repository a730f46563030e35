// The dates a calendar lists: submissions deadline, shortlist, nominations and ceremony of the editions
// an award, an edition, or a film's or a person's nominations belong to. Only dates the catalogue holds; none guessed.
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, categories, editions, nominationFilms, nominationPeople, nominations } from '../schema';
import type { FollowScope } from './follow-scope';

export const EDITION_DATE_KINDS = ['submissions', 'shortlist', 'nominations', 'ceremony'] as const;
export type EditionDateKind = (typeof EDITION_DATE_KINDS)[number];

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
      return inArray(
        editions.id,
        sql`(select ${categories.editionId} from ${nominationFilms}
              join ${nominations} on ${nominations.id} = ${nominationFilms.nominationId}
              join ${categories} on ${categories.id} = ${nominations.categoryId}
              where ${nominationFilms.filmId} = ${scope.id})`,
      );
    case 'person':
      return inArray(
        editions.id,
        sql`(select ${categories.editionId} from ${nominationPeople}
              join ${nominations} on ${nominations.id} = ${nominationPeople.nominationId}
              join ${categories} on ${categories.id} = ${nominations.categoryId}
              where ${nominationPeople.personId} = ${scope.id})`,
      );
  }
}

/** Every known date of the editions in scope, in date order. */
export async function listFollowDates(db: Executor, scope: FollowScope): Promise<EditionDate[]> {
  const rows = await db
    .select({
      editionId: editions.id,
      editionName: editions.name,
      editionSlug: editions.slug,
      awardSlug: awards.slug,
      submissions: editions.submissionsDate,
      shortlist: editions.shortlistDate,
      nominations: editions.nominationsDate,
      ceremony: editions.ceremonyDate,
      datesNote: editions.datesNote,
      venue: editions.venue,
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
      const { editionId, editionName, editionSlug, awardSlug, datesNote, venue } = row;
      dates.push({ editionId, editionName, editionSlug, awardSlug, kind, date, datesNote, venue });
    }
  }
  return dates.sort((a, b) => a.date.localeCompare(b.date) || a.editionId - b.editionId);
}
