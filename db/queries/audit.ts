// The append-only audit log: every write function in db/queries records what it changed here, in the
// same transaction as the change, so a change and its record cannot part. The reads below serve the
// admin's audit page: newest first, filtered, in pages found by keyset (an entry's time and id), so a
// page costs the same at the millionth entry as at the first (see audit-plan.ts for the indexes).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditLog, users } from '../schema';
import { ACCOUNT_ENTITY, planAuditQuery, type AuditBoundary, type AuditFilters, type AuditPlan } from './audit-plan';

export type { AuditFilters } from './audit-plan';

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends an entry; returns its id, which an address may carry to the page a change leads to. */
export function recordAudit(tx: Executor, entry: AuditEntry): number {
  const { lastInsertRowid } = tx
    .insert(auditLog)
    .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null })
    .run();
  return Number(lastInsertRowid);
}

/** Who reads the message a change leads to, and when: the one who made the change, shortly after. */
export interface NoticeReader {
  actor: string;
  now: Date;
}

/** How long after a change its page still says what was done (a reload, a step back). */
export const NOTICE_MINUTES = 10;

/**
 * The entry with this id, as a condition, if `reader` made it in the last NOTICE_MINUTES: a message read
 * from it ("“X” was deleted") is theirs, not every admin's who opens an address that carries its id.
 */
export function ownRecentEntry(auditId: number, reader: NoticeReader) {
  const since = new Date(reader.now.getTime() - NOTICE_MINUTES * 60_000).toISOString();
  return and(eq(auditLog.id, auditId), eq(auditLog.actor, reader.actor), sql`${auditLog.at} >= ${since}`);
}

/** An actor as a person reads it: an account's name (or email) for 'user:<id>', anything else as it is. */
export function describeActor(db: Executor, actor: string): string {
  const id = /^user:(\d+)$/.exec(actor)?.[1];
  if (!id) return actor;
  const account = db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, Number(id)))
    .get();
  return account ? (account.name ?? account.email) : actor;
}

export const AUDIT_PAGE_SIZE = 50;

/** A page starts just past an entry: older than it (the next page) or newer than it (the previous one). */
export type AuditCursor = { older: number } | { newer: number };

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  /** The account behind a 'user:<id>' actor; null for the seed, importers, jobs and unknown ids. */
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

export type AuditPage =
  | { found: true; entries: AuditRow[]; hasOlder: boolean; hasNewer: boolean }
  /** The cursor names no entry (a hand-edited or stale address). */
  | { found: false };

/** One page of the log, newest first, holding only entries that match every filter given. */
export async function listAuditEntries(
  db: Executor,
  filters: AuditFilters,
  cursor: AuditCursor | null = null,
  limit = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const plan = planAuditQuery(filters);
  const towardsNewer = cursor !== null && 'newer' in cursor;
  let start: AuditBoundary | undefined;
  if (cursor) {
    const id = 'older' in cursor ? cursor.older : cursor.newer;
    start = await db.select({ at: auditLog.at, id: auditLog.id }).from(auditLog).where(eq(auditLog.id, id)).get();
    if (!start) return { found: false };
  }
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      actorEmail: users.email,
      actorName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    // 'user:12' → account 12, found by its primary key; every other actor (and 'user:12x') finds none.
    .leftJoin(
      users,
      sql`${users.id} = cast(substr(${auditLog.actor}, 6) as integer) and ${auditLog.actor} = 'user:' || ${users.id}`,
    )
    .where(and(...plan.where(start, towardsNewer ? 'newer' : 'older')))
    .orderBy(...plan.order(towardsNewer ? 'asc' : 'desc'))
    .limit(limit + 1)
    .all();
  const hasMore = rows.length > limit;
  const entries = rows.slice(0, limit);
  if (towardsNewer) entries.reverse();

  // The other side of the page: anything beyond its first (or last) entry, or beyond the cursor when it
  // is empty. The first page has nothing newer by definition.
  const newerEdge = entries[0] ?? (towardsNewer ? undefined : start);
  const olderEdge = entries.at(-1) ?? (towardsNewer ? start : undefined);
  return {
    found: true,
    entries,
    hasNewer: towardsNewer ? hasMore : start !== undefined && (await anyBeyond(db, plan, newerEdge, 'newer')),
    hasOlder: towardsNewer ? await anyBeyond(db, plan, olderEdge, 'older') : hasMore,
  };
}

async function anyBeyond(
  db: Executor,
  plan: AuditPlan,
  edge: AuditBoundary | undefined,
  side: 'newer' | 'older',
): Promise<boolean> {
  if (!edge) return false;
  const row = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(...plan.where(edge, side)))
    .limit(1)
    .get();
  return row !== undefined;
}

/**
 * What the filter form offers: every account, and the actors, entity types and actions in the log;
 * without those of the entries about accounts when `withoutAccounts` (AuditFilters.withoutAccounts).
 */
export async function listAuditFilterChoices(db: Executor, { withoutAccounts = false } = {}) {
  const shown = (values: string[]) =>
    withoutAccounts
      ? values.filter((value) => value !== ACCOUNT_ENTITY && !value.startsWith(`${ACCOUNT_ENTITY}.`))
      : values;
  const accounts = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .orderBy(asc(users.email))
    .all();
  return {
    accounts,
    systemActors: distinctValues(db, 'actor').filter((actor) => !actor.startsWith('user:')),
    entityTypes: shown(distinctValues(db, 'entity_type')),
    actions: shown(distinctValues(db, 'action')),
  };
}

/** Past this many distinct values a list is cut short (a job that named itself per run, say). */
const MAX_CHOICES = 200;

/**
 * The distinct values of an indexed column by skipping through its index (one seek per value), where
 * SELECT DISTINCT would read every entry. `column` is one of three names written here, never input.
 */
function distinctValues(db: Executor, column: 'actor' | 'entity_type' | 'action'): string[] {
  const c = sql.raw(`"${column}"`);
  const rows = db.all<{ value: string }>(sql`
    with recursive v(value) as (
      select min(${c}) from audit_log
      union all
      select (select min(${c}) from audit_log where ${c} > v.value) from v where v.value is not null limit ${MAX_CHOICES}
    )
    select value from v where value is not null`);
  return rows.map((row) => row.value);
}
