// Sources: the articles, press releases and data sets that report a status.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  awards,
  categories,
  editions,
  eventCitations,
  films,
  nominationFilms,
  nominationPeople,
  nominations,
  people,
  sources,
  statusEvents,
  type Source,
  type SourceKind,
} from '../schema';
import { recordAudit } from './audit';
import { withNominees } from './awards';

/** What a citation of a source shows beside a status. */
export interface CitedSource {
  id: number;
  url: string | null;
  publisher: string | null;
  title: string | null;
  publishedOn: string | null;
}

/** The columns of a cited source, for selects that left-join `sources` beside status events. */
export const citedSourceColumns = {
  sourceId: sources.id,
  url: sources.url,
  publisher: sources.publisher,
  title: sources.title,
  publishedOn: sources.publishedOn,
};

type CitedSourceRow = { sourceId: number | null } & Omit<CitedSource, 'id'>;

/** Splits a joined row into its own fields and its cited source (null when the status rests on a note). */
export function withCitedSource<T extends CitedSourceRow>(
  row: T,
): Omit<T, keyof CitedSourceRow> & { source: CitedSource | null } {
  const { sourceId, url, publisher, title, publishedOn, ...rest } = row;
  return { ...rest, source: sourceId === null ? null : { id: sourceId, url, publisher, title, publishedOn } };
}

export interface SourceInput {
  key?: string | null;
  kind: SourceKind;
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  body?: string | null;
}

/** An address as sources keep it: as URL writes it (scheme and host in small letters). */
export function sourceAddress(url: string): string {
  return URL.canParse(url) ? new URL(url).href : url;
}

/** The source at this address, written as sources keep it or as it was given (a row stored before). */
export function findSourceByAddress(tx: Executor, url: string): Source | undefined {
  return tx
    .select()
    .from(sources)
    .where(inArray(sources.url, [...new Set([sourceAddress(url), url])]))
    .get();
}

/**
 * The source with this key or URL, created on first use. A URL is taken as URL writes it (the scheme and
 * host in small letters: HTTPS://WWW.THEWRAP.COM/p1 is https://www.thewrap.com/p1), and found under that or
 * as it was typed. A found source gains the title and publisher it lacked; it never loses any. Both are
 * audited under `actor`.
 */
export function ensureSource(tx: Executor, input: SourceInput, actor: string): Source {
  const url = input.url ? sourceAddress(input.url) : input.url;
  const found =
    (input.key && tx.select().from(sources).where(eq(sources.key, input.key)).get()) ||
    (input.url && findSourceByAddress(tx, input.url));
  if (!found) return createSource(tx, { ...input, url }, actor);
  const missing = {
    ...(input.title && !found.title ? { title: input.title } : {}),
    ...(input.publisher && !found.publisher ? { publisher: input.publisher } : {}),
  };
  if (!Object.keys(missing).length) return found;
  const row = tx.update(sources).set(missing).where(eq(sources.id, found.id)).returning().get();
  recordAudit(tx, {
    actor,
    action: 'source.update',
    entityType: 'source',
    entityId: row.id,
    before: auditedSource(found),
    after: missing,
  });
  return row;
}

/** A new source, audited under `actor`; the caller has made sure no source has its key or address. */
export function createSource(tx: Executor, input: SourceInput, actor: string): Source {
  const row = tx.insert(sources).values(input).returning().get();
  recordAudit(tx, {
    actor,
    action: 'source.create',
    entityType: 'source',
    entityId: row.id,
    after: auditedSource(row),
  });
  return row;
}

/**
 * A source as its audit entries show it: without the text it holds, which can run to pages (an
 * announcement's, the season's facts file) and never changes once stored; its page shows it.
 */
function auditedSource({ body, ...rest }: Source): Omit<Source, 'body'> & { holdsText: boolean } {
  return { ...rest, holdsText: body !== null };
}

export async function getSource(db: Executor, id: number) {
  return db.query.sources.findFirst({ where: eq(sources.id, id) });
}

/** What a source's page shows of it (its key is internal). */
export async function getSourceForPage(db: Executor, id: number) {
  const [source] = await db
    .select({
      id: sources.id,
      kind: sources.kind,
      url: sources.url,
      publisher: sources.publisher,
      title: sources.title,
      publishedOn: sources.publishedOn,
      body: sources.body,
      retrievedAt: sources.retrievedAt,
    })
    .from(sources)
    .where(eq(sources.id, id))
    .limit(1);
  return source;
}

/**
 * The further sources of these status events (event_citations: later announcements that said the same),
 * oldest citation first, by event id. Read in slices so no statement nears SQLite's parameter limit.
 */
export async function listFurtherSources(
  db: Executor,
  eventIds: readonly number[],
): Promise<Map<number, CitedSource[]>> {
  const result = new Map<number, CitedSource[]>();
  for (let i = 0; i < eventIds.length; i += 500) {
    const rows = await db
      .select({ eventId: eventCitations.statusEventId, ...citedSourceColumns })
      .from(eventCitations)
      .innerJoin(sources, eq(sources.id, eventCitations.sourceId))
      .where(inArray(eventCitations.statusEventId, eventIds.slice(i, i + 500)))
      .orderBy(asc(eventCitations.recordedAt), asc(sources.id));
    for (const { eventId, ...row } of rows) {
      const { source } = withCitedSource(row);
      if (source) result.set(eventId, [...(result.get(eventId) ?? []), source]);
    }
  }
  return result;
}

/**
 * The statuses a source supports, a page at a time, latest recorded first: those it is the source of,
 * and those it confirms as a further citation (`confirms`). A data set can back tens of thousands of
 * statuses, so the page is cut from the source indexes alone (every event has a nomination, category,
 * edition and award, so the joins drop nothing) and only its rows are joined.
 */
export async function listStatusesForSource(db: Executor, sourceId: number, page: { limit: number; offset: number }) {
  // A data set can support millions of events: each of the two ways an event rests on the source is
  // counted and paged through its own index, never gathered into one list of every event.
  const [own] = await db.select({ n: count() }).from(statusEvents).where(eq(statusEvents.sourceId, sourceId));
  const [further] = await db
    .select({ n: count() })
    .from(eventCitations)
    .innerJoin(statusEvents, eq(statusEvents.id, eventCitations.statusEventId))
    .where(and(eq(eventCitations.sourceId, sourceId), sql`${statusEvents.sourceId} is not ${sourceId}`));
  const total = (own?.n ?? 0) + (further?.n ?? 0);
  // The page's events are among the newest `offset + limit` of each way.
  const reach = page.offset + page.limit;
  const newestOwn = db
    .select({ id: statusEvents.id })
    .from(statusEvents)
    .where(eq(statusEvents.sourceId, sourceId))
    .orderBy(desc(statusEvents.id))
    .limit(reach);
  const newestFurther = db
    .select({ id: eventCitations.statusEventId })
    .from(eventCitations)
    .where(eq(eventCitations.sourceId, sourceId))
    .orderBy(desc(eventCitations.statusEventId))
    .limit(reach);
  const supporting = db
    .select()
    .from(newestOwn.as('own'))
    .union(db.select().from(newestFurther.as('further')))
    .as('supporting');
  const pageOfEvents = db
    .select({ id: supporting.id })
    .from(supporting)
    .orderBy(desc(supporting.id))
    .limit(page.limit)
    .offset(page.offset);
  const rows = await db
    .select({
      eventId: statusEvents.id,
      status: statusEvents.toStatus,
      occurredOn: statusEvents.occurredOn,
      note: statusEvents.note,
      nominationId: nominations.id,
      displayName: nominations.displayName,
      category: categories.name,
      editionSlug: editions.slug,
      editionName: editions.name,
      awardSlug: awards.slug,
      confirms: sql<boolean>`${statusEvents.sourceId} is not ${sourceId}`.mapWith(Boolean),
    })
    .from(statusEvents)
    .innerJoin(nominations, eq(nominations.id, statusEvents.nominationId))
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(inArray(statusEvents.id, pageOfEvents))
    .orderBy(desc(statusEvents.id));
  return { total, rows: await withNominees(db, rows, (row) => row.nominationId) };
}

/** Past this many nominations a source's nominees are not gathered: only a data set cites so many. */
const QUOTED_NOMINATIONS_LIMIT = 500;

/**
 * The names a source's statuses are about: the titles of the films and the names of the people of the
 * nominations it supports (as their own source or a further one), to find where its text speaks of them.
 */
export async function listSourceNomineeNames(db: Executor, sourceId: number): Promise<string[]> {
  const cited = sql`(select ${statusEvents.nominationId} from ${statusEvents} where ${statusEvents.sourceId} = ${sourceId}
    union select ${statusEvents.nominationId} from ${eventCitations}
      join ${statusEvents} on ${statusEvents.id} = ${eventCitations.statusEventId}
      where ${eventCitations.sourceId} = ${sourceId}
    limit ${QUOTED_NOMINATIONS_LIMIT})`;
  const titles = await db
    .selectDistinct({ name: films.title })
    .from(nominationFilms)
    .innerJoin(films, eq(films.id, nominationFilms.filmId))
    .where(inArray(nominationFilms.nominationId, cited));
  const names = await db
    .selectDistinct({ name: people.name })
    .from(nominationPeople)
    .innerJoin(people, eq(people.id, nominationPeople.personId))
    .where(inArray(nominationPeople.nominationId, cited));
  return [...titles, ...names].map((row) => row.name);
}

/** Past this many, a source's statuses are counted as "more than" on the list of sources. */
export const LISTED_STATUS_COUNT_LIMIT = 1000;

export interface ListedSource {
  id: number;
  title: string | null;
  publisher: string | null;
  kind: Source['kind'];
  url: string | null;
  publishedOn: string | null;
  /** The statuses it supports (as their source or a further one), counted up to LISTED_STATUS_COUNT_LIMIT + 1. */
  statuses: number;
}

/**
 * Every source, the latest recorded first, a page at a time, each with how many statuses it supports.
 * A data set can support millions: each way is counted through its own index and only up to a limit.
 */
export async function listSources(
  db: Executor,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: ListedSource[] }> {
  const [counted] = await db.select({ total: count() }).from(sources);
  const upTo = LISTED_STATUS_COUNT_LIMIT + 1;
  const rows = await db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      kind: sources.kind,
      url: sources.url,
      publishedOn: sources.publishedOn,
      // Written out in full: drizzle names a column of the one table selected from without its table,
      // which inside these subqueries would be the subquery's own.
      statuses: sql<number>`min(${upTo},
        (select count(*) from (select 1 from status_events e where e.source_id = sources.id limit ${upTo}))
        + (select count(*) from (select 1 from event_citations c join status_events e on e.id = c.status_event_id
            where c.source_id = sources.id and e.source_id is not sources.id limit ${upTo})))`,
    })
    .from(sources)
    .orderBy(desc(sources.id))
    .limit(page.limit)
    .offset(page.offset);
  return { total: counted?.total ?? 0, rows };
}
