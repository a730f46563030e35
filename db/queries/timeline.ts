// The nominations of a film or a person as a timeline across every award: each with its award,
// edition, category, nominee and the whole status history, every event with its date and source.
// Three queries (plus the nominees') whatever the number of nominations, never one per nomination.
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, categories, editions, nominations, sources, statusEvents, type NominationStatus } from '../schema';
import { withNominees, type Nominee } from './awards';
import { citedSourceColumns, listFurtherSources, withCitedSource, type CitedSource } from './sources';

export interface TimelineEvent {
  id: number;
  fromStatus: NominationStatus | null;
  toStatus: NominationStatus;
  /** When it happened in the world, when a source says so. */
  occurredOn: string | null;
  note: string | null;
  source: CitedSource | null;
  /** Further sources that reported the same status later ("also reported by"). */
  alsoReportedBy: CitedSource[];
}

/** A nomination with the category, edition and award it stands in: how a list across every award shows it. */
export interface NominationInEdition {
  status: NominationStatus;
  displayName: string | null;
  detail: string | null;
  category: string;
  editionSlug: string;
  editionName: string;
  editionYear: number;
  yearLabel: string | null;
  ceremonyDate: string | null;
  awardSlug: string;
  awardName: string;
}

/** The columns of a NominationInEdition, for selects that join nominations to categories, editions and awards. */
export const nominationInEditionColumns = {
  status: nominations.status,
  displayName: nominations.displayName,
  detail: nominations.detail,
  category: categories.name,
  editionSlug: editions.slug,
  editionName: editions.name,
  editionYear: editions.year,
  yearLabel: editions.yearLabel,
  ceremonyDate: editions.ceremonyDate,
  awardSlug: awards.slug,
  awardName: awards.name,
};

export interface TimelineEntry extends NominationInEdition, Nominee {
  nominationId: number;
  citation: string | null;
  note: string | null;
  events: TimelineEvent[];
}

/**
 * Chronological by ceremony date when known, else by the edition's awards year: its end for a ceremony,
 * which closes the year it honours or follows it, and its start for a festival, where a film's season
 * begins (Sundance in January). Only an order: no date is ever guessed for display. The API's lists of a
 * film's or a person's nominations follow it too.
 */
export const whenHeld = sql`coalesce(${editions.ceremonyDate},
  ${editions.year} || case ${awards.kind} when 'festival' then '-01-01' else '-12-31' end)`;

/**
 * The nominations `which` selects (a condition on nominations.id), in the order they were decided,
 * each with its nominee and its whole status history.
 */
export async function listTimeline(db: Executor, which: SQL): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      nominationId: nominations.id,
      ...nominationInEditionColumns,
      citation: nominations.citation,
      note: nominations.note,
    })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(which)
    .orderBy(asc(whenHeld), asc(awards.name), asc(categories.position), asc(categories.id), asc(nominations.id));
  const ids = rows.map((row) => row.nominationId);
  const events = await loadEvents(db, ids);
  const entries = await withNominees(db, rows, (row) => row.nominationId);
  return entries.map((entry) => ({ ...entry, events: events.get(entry.nominationId) ?? [] }));
}

/** A status event as stored, with its source, who recorded it and when, and its further sources. */
export interface RecordedStatusEvent extends Omit<TimelineEvent, 'alsoReportedBy'> {
  recordedAt: string;
  actor: string;
  furtherSources: CitedSource[];
}

/**
 * Every status event of these nominations, oldest first, with its source and further sources: two queries
 * per 500 nominations, whatever their number. The pages' timelines and the API's histories both read it.
 */
export async function loadStatusHistory(
  db: Executor,
  nominationIds: readonly number[],
): Promise<Map<number, RecordedStatusEvent[]>> {
  const result = new Map<number, RecordedStatusEvent[]>();
  // Read in slices so that no statement nears SQLite's bound-parameter limit.
  for (let i = 0; i < nominationIds.length; i += 500) {
    const rows = await db
      .select({
        nominationId: statusEvents.nominationId,
        id: statusEvents.id,
        fromStatus: statusEvents.fromStatus,
        toStatus: statusEvents.toStatus,
        occurredOn: statusEvents.occurredOn,
        recordedAt: statusEvents.recordedAt,
        actor: statusEvents.actor,
        note: statusEvents.note,
        ...citedSourceColumns,
      })
      .from(statusEvents)
      .leftJoin(sources, eq(sources.id, statusEvents.sourceId))
      .where(inArray(statusEvents.nominationId, nominationIds.slice(i, i + 500)))
      .orderBy(asc(statusEvents.nominationId), asc(statusEvents.id));
    const further = await listFurtherSources(
      db,
      rows.map((row) => row.id),
    );
    for (const { nominationId, ...row } of rows) {
      const list = result.get(nominationId) ?? [];
      list.push({ ...withCitedSource(row), furtherSources: further.get(row.id) ?? [] });
      result.set(nominationId, list);
    }
  }
  return result;
}

/** The history as a public timeline shows it: who recorded a change and when is the audit log's business. */
async function loadEvents(db: Executor, nominationIds: readonly number[]): Promise<Map<number, TimelineEvent[]>> {
  const history = await loadStatusHistory(db, nominationIds);
  return new Map(
    [...history].map(([id, events]) => [
      id,
      events.map(({ recordedAt: _recordedAt, actor: _actor, furtherSources, ...event }) => ({
        ...event,
        alsoReportedBy: furtherSources,
      })),
    ]),
  );
}
