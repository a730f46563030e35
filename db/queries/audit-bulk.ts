// Bulk writes: what a large import writes tens of thousands of times, on the better-sqlite3 connection
// under the caller's transaction, in queued multi-row inserts (insert-bulk.ts) instead of a drizzle call
// per row (drizzle builds and prepares its SQL anew each time, which was most of an import's time). What
// they write is what the drizzle functions write: a new row is built in drizzle's shape (rowOf) for the
// caller, and its audit entry's JSON by SQLite from the row written (auditCreates), the same either way.
import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { prepare, type FillIn } from './insert-bulk';

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

const COLUMN_JSON: Record<string, (name: string) => string> = {
  SQLiteInteger: (name) => name,
  SQLiteText: (name) => name,
  // drizzle's boolean mode stores 1 or 0; the JSON of the row has true or false.
  SQLiteBoolean: (name) => `json(case ${name} when 1 then 'true' when 0 then 'false' end)`,
};

/**
 * SQL for the JSON of a row in drizzle's shape, or of the named keys of it: json_object with the keys in
 * the schema's order, as JSON.stringify gives them for a row that drizzle returned.
 */
function rowJson(table: SQLiteTable, keys?: readonly string[]): string {
  const pairs = columns(table)
    .filter(({ key }) => !keys || keys.includes(key))
    .map(({ key, column }) => {
      const value = COLUMN_JSON[column.columnType];
      if (!value) throw new Error(`rowJson: ${column.name} is a ${column.columnType}, which it cannot write`);
      return `'${key}', ${value(`"${column.name}"`)}`;
    });
  return `json_object(${pairs.join(', ')})`;
}

/**
 * recordAudit of each row a bulk import created: a fill-in (insert-bulk.ts) that writes, for the rows with
 * ids first to last, the entry `${entityType}.create` with the row (or the keys of it given) as `after`,
 * in the order of the ids, as the functions that create one row at a time record them. SQLite builds the
 * JSON from the rows written, in one statement per flush: no entry is built, stringified and bound in
 * JavaScript (30,000 of them for the whole oscar_data file).
 */
export function auditCreates(
  actor: string,
  entityType: string,
  table: SQLiteTable,
  afterKeys?: readonly string[],
): FillIn {
  const sql = `insert into audit_log (actor, action, entity_type, entity_id, after)
    select ?, ?, ?, id, ${rowJson(table, afterKeys)} from "${getTableName(table)}" where id between ? and ? order by id`;
  return (client, first, last) => prepare(client, sql).run(actor, `${entityType}.create`, entityType, first, last);
}
