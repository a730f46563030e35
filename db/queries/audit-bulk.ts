// Bulk writes: what a large import writes tens of thousands of times, on the better-sqlite3 connection
// under the caller's transaction, in queued multi-row inserts (insert-bulk.ts) instead of a drizzle call
// per row (drizzle builds and prepares its SQL anew each time, which was most of an import's time). What
// they write is what the drizzle functions write: a new row is built in drizzle's shape (rowOf), so an
// audit entry's JSON is the same either way.
import { getTableColumns, is, SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AuditEntry } from './audit';
import type { InsertBatch, InsertQueue } from './insert-bulk';

interface ColumnInfo {
  key: string;
  column: SQLiteColumn;
  /** What a row gets when an insert leaves the column out, or undefined when only the database knows. */
  default: unknown;
}

const columnsOf = new WeakMap<SQLiteTable, ColumnInfo[]>();
function columns(table: SQLiteTable): ColumnInfo[] {
  let infos = columnsOf.get(table);
  if (!infos) {
    infos = Object.entries(getTableColumns(table)).map(([key, column]) => {
      const computed = is(column.default, SQL) || column.defaultFn || column.onUpdateFn;
      return { key, column, default: !column.hasDefault ? null : computed ? undefined : (column.default ?? null) };
    });
    columnsOf.set(table, infos);
  }
  return infos;
}

/** A row as the driver returns it (snake_case, 0/1) in the shape drizzle's select and returning() give. */
export function mapRow<T>(table: SQLiteTable, raw: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const { key, column } of columns(table)) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T;
}

/**
 * The row an insert of `values` creates, in drizzle's shape, without reading it back: every other column
 * takes its schema default or null. A column whose default SQLite computes (a time) cannot be known here,
 * so leaving one out is a programming error rather than a silently different audit entry.
 */
export function rowOf<T>(table: SQLiteTable, values: Partial<Record<keyof T, unknown>>): T {
  const given = values as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const { key, column, default: fallback } of columns(table)) {
    const value = given[key] !== undefined ? given[key] : fallback;
    if (value === undefined) {
      throw new Error(`rowOf: ${column.name} has a default only the database knows; give its value`);
    }
    row[key] = value;
  }
  return row as T;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * recordAudit for a bulk import. Entries are queued with the import's other rows and written in the order
 * they were recorded; one import shares one queue, so its entries keep the order of the work they record.
 */
export class BulkAudit {
  private readonly queue: InsertQueue;

  constructor(batch: InsertBatch) {
    this.queue = batch.queue('audit_log', ['actor', 'action', 'entity_type', 'entity_id', 'before', 'after']);
  }

  record(entry: AuditEntry): void {
    this.queue.add([
      entry.actor,
      entry.action,
      entry.entityType,
      entry.entityId,
      json(entry.before),
      json(entry.after),
    ]);
  }
}
