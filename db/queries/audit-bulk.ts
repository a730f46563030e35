// Bulk writes: the statements a large import runs tens of thousands of times, prepared once on the
// better-sqlite3 connection under the caller's transaction instead of built by drizzle on every call
// (drizzle builds and prepares its SQL anew each time, which was most of an import's time). What they
// write is what the drizzle functions write: rows come back in drizzle's shape (mapRow), so an audit
// entry's JSON is the same either way.
import type Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Executor } from '../client';
import type { AuditEntry } from './audit';

/** The better-sqlite3 connection under a drizzle database or transaction (both keep it in their session). */
export function rawClient(db: Executor): Database.Database {
  const client = (db as unknown as { session?: { client?: Database.Database } }).session?.client;
  if (!client) throw new Error('This database handle has no better-sqlite3 connection.');
  return client;
}

/** A row as the driver returns it (snake_case, 0/1) in the shape drizzle's select and returning() give. */
export function mapRow<T>(table: SQLiteTable, raw: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T;
}

/**
 * Inserts a row and reads it back in drizzle's shape. A separate select by id, not RETURNING: on this
 * SQLite, RETURNING made each insert about four times slower.
 */
export function insertAndRead<T>(
  insert: Database.Statement,
  read: Database.Statement,
  table: SQLiteTable,
  values: unknown[],
): T {
  const id = insert.run(...values).lastInsertRowid;
  return mapRow<T>(table, read.get(id) as Record<string, unknown>);
}

/** recordAudit with one prepared statement; before and after are stored as JSON, as drizzle's json mode does. */
export class BulkAudit {
  private readonly insert: Database.Statement;

  constructor(client: Database.Database) {
    this.insert = client.prepare(
      'insert into audit_log (actor, action, entity_type, entity_id, before, after) values (?, ?, ?, ?, ?, ?)',
    );
  }

  record(entry: AuditEntry): void {
    const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
    this.insert.run(entry.actor, entry.action, entry.entityType, entry.entityId, json(entry.before), json(entry.after));
  }
}
