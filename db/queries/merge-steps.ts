// The smaller steps of a merge (see merge-records.ts): which fields the survivor gains or keeps, moving rows
// that belong to the merged record, and keeping the merged record's name as an alias of the survivor.
import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { foldText } from '../rules/text';
import type { MergeSpec, MergeSummary, RecordRow } from './merge-records';

/** A field with nothing in it; a flag that is off counts as empty, so "documentary" can be filled in. */
export const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || value === 0;

export function compareFields(spec: MergeSpec, from: RecordRow, into: RecordRow) {
  const filled: MergeSummary['filled'] = [];
  const kept: MergeSummary['kept'] = [];
  for (const [field, label] of Object.entries(spec.fillable)) {
    const mine = into[field];
    const theirs = from[field];
    if (isEmpty(theirs)) continue;
    if (isEmpty(mine)) filled.push({ field, label, value: theirs });
    else if (mine !== theirs) kept.push({ field, label, survivor: mine, merged: theirs });
  }
  return { filled, kept };
}

export function toSqlValue(value: unknown): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as string | number | null;
}

/** Moves rows owned by the merged record; those the survivor already has (a unique key) stay behind and go with it. */
export function moveRows(tx: Executor, tableName: string, ownerColumn: string, fromId: number, intoId: number) {
  const table = sql.raw(tableName);
  const owner = sql.raw(ownerColumn);
  const moved = tx.run(sql`update or ignore ${table} set ${owner} = ${intoId} where ${owner} = ${fromId}`).changes;
  const duplicates = tx.run(sql`delete from ${table} where ${owner} = ${fromId}`).changes;
  return { moved, duplicates };
}

/** The merged record's name becomes an alias of the survivor, so a search for it still finds the survivor. */
export function addOldName(tx: Executor, spec: MergeSpec, from: RecordRow, into: RecordRow): string | null {
  const name = String(from[spec.nameColumn]);
  const folded = foldText(name);
  if (folded === into[spec.foldedColumn]) return null;
  const inserted = tx.run(
    sql`insert or ignore into ${sql.raw(spec.aliasTable)} (${sql.raw(spec.ownerColumn)}, alias, folded, kind)
        values (${into.id}, ${name}, ${folded}, null)`,
  ).changes;
  return inserted ? name : null;
}
