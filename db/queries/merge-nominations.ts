// When two records of one film (or person) become one, their nominations follow the survivor. Each
// nomination that named the old record is relinked and its nominee key recomputed (db/rules/nominee-key.ts);
// a nomination that named both keeps a single link; and a nomination whose new key is already held by
// another in its category was the same nominee recorded twice, so the two become one: the one further
// along (won over lost over nominated…, then the most recently changed) is kept, the other's status
// history joins it (foldHistory), and the other is deleted. Used only inside a merge's writeTransaction.
import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { nomineeKey } from '../rules/nominee-key';
import type { NominationStatus } from '../schema';
import { citeEvent, findStatusEvent } from './candidates/citations';

export type MergeEntity = 'film' | 'person';

// Table and column names come from this constant, never from input.
const LINKS = {
  film: { table: sql.raw('nomination_films'), column: sql.raw('film_id') },
  person: { table: sql.raw('nomination_people'), column: sql.raw('person_id') },
} as const;

/** How far along a nomination is: the one further along survives a merge of two. */
const STATUS_RANK: Record<NominationStatus, number> = {
  submitted: 0,
  shortlisted: 1,
  nominated: 2,
  withdrawn: 3,
  lost: 4,
  runner_up: 5,
  honorable_mention: 5,
  won: 6,
};

export interface MergedNomination {
  keptId: number;
  removedId: number;
  categoryId: number;
  keptStatus: NominationStatus;
  removedStatus: NominationStatus;
  /**
   * The removed nomination's status events that said again what one of the kept one's says (the same
   * status): each is gone, its source cited beside that event; the rows are kept here for the audit log.
   */
  eventsFolded: FoldedEvent[];
  /** The removed nomination's steps before a result that the kept one never had: moved onto it. */
  eventsMoved: number[];
  /** The removed nomination's results and withdrawals that the kept one never had: gone, kept here whole. */
  eventsDropped: DroppedEvent[];
}

interface StatusEventRow {
  id: number;
  fromStatus: NominationStatus | null;
  toStatus: NominationStatus;
  occurredOn: string | null;
  sourceId: number | null;
  note: string | null;
  actor: string;
  recordedAt: string;
}

export interface FoldedEvent extends StatusEventRow {
  /** The kept nomination's event it said again. */
  intoEventId: number;
}

export interface DroppedEvent extends StatusEventRow {
  /** The sources cited beside it (event_citations), which went with it. */
  citedSourceIds: number[];
}

/** The statuses a nomination passes through before any result: a merge moves them onto the kept one. */
const STEPS_BEFORE_RESULT: ReadonlySet<NominationStatus> = new Set(['submitted', 'shortlisted', 'nominated']);

export interface NominationMoves {
  /** Nominations that named the old record, now naming the survivor (including merged ones). */
  relinkedIds: number[];
  /** Nominations that named both records: their link to the old one was dropped. */
  duplicateLinkIds: number[];
  merged: MergedNomination[];
}

interface NominationRow {
  id: number;
  categoryId: number;
  nomineeKey: string;
  status: NominationStatus;
  displayName: string | null;
  detail: string | null;
  note: string | null;
  citation: string | null;
  version: number;
  lastEventAt: string | null;
  lastEventId: number | null;
}

export function moveNominations(tx: Executor, entity: MergeEntity, fromId: number, intoId: number): NominationMoves {
  const { table, column } = LINKS[entity];
  const relinkedIds = tx
    .all<{ id: number }>(sql`select nomination_id as id from ${table} where ${column} = ${fromId} order by 1`)
    .map((row) => row.id);
  const duplicateLinkIds = tx
    .all<{ id: number }>(
      sql`select nomination_id as id from ${table} where ${column} = ${fromId}
          and nomination_id in (select nomination_id from ${table} where ${column} = ${intoId}) order by 1`,
    )
    .map((row) => row.id);
  // A link the survivor already has stays as it is; the old record's copy of it goes.
  tx.run(sql`update or ignore ${table} set ${column} = ${intoId} where ${column} = ${fromId}`);
  tx.run(sql`delete from ${table} where ${column} = ${fromId}`);

  const merged: MergedNomination[] = [];
  for (const id of relinkedIds) {
    const nomination = loadNomination(tx, id);
    if (!nomination) continue; // already merged away into an earlier one
    const key = recomputeKey(tx, nomination);
    if (key === nomination.nomineeKey) continue;
    const twin = tx.get<NominationRow>(
      sql`${NOMINATION_SELECT} where n.category_id = ${nomination.categoryId} and n.nominee_key = ${key} and n.id <> ${id}`,
    );
    if (twin) merged.push(mergeTwins(tx, nomination, twin, key));
    else
      tx.run(
        sql`update nominations set nominee_key = ${key}, version = version + 1, updated_at = ${NOW} where id = ${id}`,
      );
  }
  return { relinkedIds, duplicateLinkIds, merged };
}

const NOW = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

const NOMINATION_SELECT = sql`
  select n.id, n.category_id as categoryId, n.nominee_key as nomineeKey, n.status, n.display_name as displayName,
         n.detail, n.note, n.citation, n.version,
         (select max(recorded_at) from status_events e where e.nomination_id = n.id) as lastEventAt,
         (select max(id) from status_events e where e.nomination_id = n.id) as lastEventId
  from nominations n`;

function loadNomination(tx: Executor, id: number): NominationRow | undefined {
  return tx.get<NominationRow>(sql`${NOMINATION_SELECT} where n.id = ${id}`);
}

/** The key from the nomination's links as they are now, keeping the occurrence its old key carried. */
function recomputeKey(tx: Executor, nomination: NominationRow): string {
  const ids = (query: ReturnType<typeof sql>) => tx.all<{ id: number }>(query).map((row) => row.id);
  const occurrence = /(?:^|\|)#(\d+)$/.exec(nomination.nomineeKey)?.[1];
  return nomineeKey({
    filmIds: ids(sql`select film_id as id from nomination_films where nomination_id = ${nomination.id}`),
    personIds: ids(sql`select person_id as id from nomination_people where nomination_id = ${nomination.id}`),
    displayName: nomination.displayName,
    detail: nomination.detail,
    occurrence: occurrence ? Number(occurrence) : null,
  });
}

/**
 * Whether `a` should survive rather than `b`: further along, then changed more recently; at the same
 * status, `a` (the caller passes the kept record's own nomination first, so its address keeps working).
 */
function isAhead(a: NominationRow, b: NominationRow): boolean {
  if (STATUS_RANK[a.status] !== STATUS_RANK[b.status]) return STATUS_RANK[a.status] > STATUS_RANK[b.status];
  if (a.status === b.status) return true;
  if ((a.lastEventAt ?? '') !== (b.lastEventAt ?? '')) return (a.lastEventAt ?? '') > (b.lastEventAt ?? '');
  return (a.lastEventId ?? 0) >= (b.lastEventId ?? 0);
}

function mergeTwins(tx: Executor, relinked: NominationRow, twin: NominationRow, key: string): MergedNomination {
  const [kept, removed] = isAhead(twin, relinked) ? [twin, relinked] : [relinked, twin];
  const { eventsFolded, eventsMoved, eventsDropped } = foldHistory(tx, kept.id, removed.id);
  tx.run(sql`update candidates set nomination_id = ${kept.id} where nomination_id = ${removed.id}`);
  // Both carry the same films and people (their keys are equal); links of the removed one go with it.
  tx.run(sql`delete from nominations where id = ${removed.id}`);
  tx.run(sql`update nominations set nominee_key = ${key},
    display_name = coalesce(display_name, ${removed.displayName}), note = coalesce(note, ${removed.note}),
    citation = coalesce(citation, ${removed.citation}), version = version + 1, updated_at = ${NOW}
    where id = ${kept.id}`);
  return {
    keptId: kept.id,
    removedId: removed.id,
    categoryId: kept.categoryId,
    keptStatus: kept.status,
    removedStatus: removed.status,
    eventsFolded,
    eventsMoved,
    eventsDropped,
  };
}

const EVENT_SELECT = sql`
  select id, from_status as fromStatus, to_status as toStatus, occurred_on as occurredOn, source_id as sourceId,
         note, actor, recorded_at as recordedAt
  from status_events`;

/**
 * Joins the removed nomination's status history to the kept one's. An event of a status the kept one
 * already went through says the same thing again (a second outlet's report of the nomination): rather
 * than a second "nominated" after the win, its source and the further sources cited beside it are cited
 * beside the kept event of that status, as a further announcement would be (candidates/citations.ts), its
 * date fills the kept event's when that has none, and the event itself goes. A step before any result
 * (submitted, shortlisted, nominated) the kept one never had moves onto it: history it lacked. A result or
 * withdrawal the kept one never had contradicts where it stands (a "lost" from a close that was later
 * undone, a "runner-up" beside its win): it goes, and the merge's audit entry keeps it whole.
 */
function foldHistory(tx: Executor, keptId: number, removedId: number) {
  const removedEvents = tx.all<StatusEventRow>(sql`${EVENT_SELECT} where nomination_id = ${removedId} order by id`);
  const eventsFolded: FoldedEvent[] = [];
  const eventsMoved: number[] = [];
  const eventsDropped: DroppedEvent[] = [];
  for (const event of removedEvents) {
    const same = findStatusEvent(tx, keptId, event.toStatus);
    if (!same && STEPS_BEFORE_RESULT.has(event.toStatus)) {
      tx.run(sql`update status_events set nomination_id = ${keptId} where id = ${event.id}`);
      eventsMoved.push(event.id);
      continue;
    }
    // The sources cited beside the event go with it: cited beside the kept one, or kept in the audit entry.
    const further = tx.all<{ sourceId: number; actor: string }>(
      sql`select source_id as sourceId, actor from event_citations where status_event_id = ${event.id} order by recorded_at`,
    );
    if (!same) {
      tx.run(sql`delete from status_events where id = ${event.id}`);
      eventsDropped.push({ ...event, citedSourceIds: further.map((citation) => citation.sourceId) });
    } else {
      const cited = event.sourceId === null ? further : [{ sourceId: event.sourceId, actor: event.actor }, ...further];
      for (const { sourceId, actor } of cited) citeEvent(tx, same, sourceId, actor);
      // A date that would put the kept event after a later one of its own is left out.
      tx.run(sql`update status_events set occurred_on = ${event.occurredOn}
        where id = ${same.id} and occurred_on is null and not exists (select 1 from status_events later
          where later.nomination_id = ${keptId} and later.id > ${same.id} and later.occurred_on < ${event.occurredOn})`);
      tx.run(sql`delete from status_events where id = ${event.id}`);
      eventsFolded.push({ ...event, intoEventId: same.id });
    }
  }
  return { eventsFolded, eventsMoved, eventsDropped };
}
