// How a filtered read of the audit log finds its rows quickly at a million entries. Without statistics
// SQLite may choose an index that matches a filter but not the newest-first order, then sort hundreds of
// thousands of rows. So the most selective filter given picks the index (the "driver"), and a unary +
// keeps every other column out of the choice. Each driver's index ends in `at` (and, implicitly, the
// rowid), so filter, date range, keyset and order are one range scan; the one exception is a single
// entity's history, found by audit_log_entity and small enough to sort.
import { asc, desc, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { auditLog } from '../schema';

export interface AuditFilters {
  actor?: string;
  entityType?: string;
  /** Only with entityType: an id alone names nothing. */
  entityId?: number;
  action?: string;
  /** First and last day, inclusive, as UTC dates ('2016-12-09'). */
  fromDate?: string;
  toDate?: string;
  /**
   * Leaves out the entries about accounts (ACCOUNT_ENTITY): who was given which role, and each sign-in
   * with its address. Set for editors, who may not manage accounts; never taken from the address.
   */
  withoutAccounts?: boolean;
}

/** The entity type of the entries about accounts, and the prefix of their actions ('user.sign-in'). */
export const ACCOUNT_ENTITY = 'user';

/** Where a page starts: the time and id of the entry just beyond it. */
export interface AuditBoundary {
  at: string;
  id: number;
}

type Driver = 'entity' | 'actor' | 'action' | 'type' | 'at';
type Column = 'actor' | 'action' | 'entityType' | 'entityId' | 'at';
const DRIVER_COLUMNS: Record<Driver, readonly Column[]> = {
  entity: ['entityType', 'entityId'], // audit_log_entity (entity_type, entity_id)
  actor: ['actor', 'at'], // audit_log_actor_at (actor, at)
  action: ['action', 'at'], // audit_log_action_at (action, at)
  type: ['entityType', 'at'], // audit_log_type_at (entity_type, at)
  at: ['at'], // audit_log_at (at)
};

export interface AuditPlan {
  /** The conditions for entries matching the filters, and beyond `edge` on `side` when given. */
  where: (edge?: AuditBoundary, side?: 'newer' | 'older') => SQL[];
  order: (direction: 'asc' | 'desc') => SQL[];
}

export function driverFor(filters: AuditFilters): Driver {
  if (filters.entityType !== undefined && filters.entityId !== undefined) return 'entity';
  if (filters.actor !== undefined) return 'actor';
  if (filters.action !== undefined) return 'action';
  if (filters.entityType !== undefined) return 'type';
  return 'at';
}

export function planAuditQuery(filters: AuditFilters): AuditPlan {
  const driving = DRIVER_COLUMNS[driverFor(filters)];
  const col = (column: AnySQLiteColumn, name: Column): SQL =>
    driving.includes(name) ? sql`${column}` : sql`+${column}`;
  // The id breaks ties between entries of the same millisecond; it is the rowid every index ends in.
  const at = col(auditLog.at, 'at');
  const id = col(auditLog.id, 'at');
  const from = filters.fromDate;
  const until = filters.toDate === undefined ? undefined : nextDay(filters.toDate);

  const matching: SQL[] = [];
  if (filters.actor !== undefined) matching.push(sql`${col(auditLog.actor, 'actor')} = ${filters.actor}`);
  if (filters.action !== undefined) matching.push(sql`${col(auditLog.action, 'action')} = ${filters.action}`);
  if (filters.entityType !== undefined) {
    matching.push(sql`${col(auditLog.entityType, 'entityType')} = ${filters.entityType}`);
  }
  if (filters.entityId !== undefined) {
    matching.push(sql`${col(auditLog.entityId, 'entityId')} = ${filters.entityId}`);
  }
  if (filters.withoutAccounts) matching.push(sql`${col(auditLog.entityType, 'entityType')} <> ${ACCOUNT_ENTITY}`);

  return {
    where: (edge, side) => {
      const where = [...matching];
      // SQLite bounds an index range by one condition per side; when the page edge is the tighter bound,
      // the date is left out (the edge implies it), or a deep page would scan from the date to the edge.
      const edgeIsLower = edge !== undefined && side === 'newer';
      const edgeIsUpper = edge !== undefined && side === 'older';
      if (from !== undefined && !(edgeIsLower && edge.at >= from)) where.push(gte(at, from));
      if (until !== undefined && !(edgeIsUpper && edge.at < until)) where.push(lt(at, until));
      if (edge) where.push(sql`(${at}, ${id}) ${sql.raw(side === 'newer' ? '>' : '<')} (${edge.at}, ${edge.id})`);
      return where;
    },
    order: (direction) => {
      const by = direction === 'asc' ? asc : desc;
      return [by(at), by(id)];
    },
  };
}

/** '2016-12-31' → '2017-01-01': the first moment after a UTC day, for an inclusive "to". */
export function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
