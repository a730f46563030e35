// A stale save of an edition, in words: which fields someone else saved since the version the form loaded,
// with their value (stored now) beside this editor's. Read by db/queries/edition-edits.ts inside its
// transaction, from the audit entries that write path records (each names the version it made).
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditLog, type Edition } from '../schema';
import { describeValue, EDITION_FIELD_LABELS, type EditionField, type EditionFields } from './edition-fields';

export interface FieldConflict {
  field: EditionField;
  label: string;
  /** What the other person saved (the value now stored). */
  theirs: unknown;
  /** What this save asked for (the stored value when this save did not touch the field). */
  yours: unknown;
}

/** A stale save: someone else saved the edition after this form was loaded. Nothing was written. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  readonly userFacing = true;
  constructor(
    readonly currentVersion: number,
    readonly conflicts: FieldConflict[],
  ) {
    const listed = conflicts.map(
      (c) => `${c.label}: theirs ${describeValue(c.theirs)}, yours ${describeValue(c.yours)}`,
    );
    super(
      'Someone else saved this edition after you opened it, so nothing was saved.' +
        (listed.length ? ` They changed ${listed.join('; ')}.` : '') +
        ' Check the values and save again to keep yours.',
    );
  }
}

/**
 * The fields saved by others since `version`, read from the audit entries of this write path (each records
 * the version it made). When none is found (a write that left no versioned entry), every field where the
 * stored value differs from this save is listed instead, so the editor still sees what would be lost.
 */
export function conflictsSince(
  tx: Executor,
  current: Edition,
  version: number,
  changes: Partial<EditionFields>,
): FieldConflict[] {
  const entries = tx
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'edition'),
        eq(auditLog.entityId, current.id),
        eq(auditLog.action, 'edition.update'),
        sql`json_extract(${auditLog.after}, '$.version') > ${version}`,
      ),
    )
    .orderBy(desc(auditLog.id))
    .all();
  const touched = new Set(entries.flatMap((entry) => Object.keys((entry.after ?? {}) as object)));
  const fields = (Object.keys(EDITION_FIELD_LABELS) as EditionField[]).filter((field) =>
    touched.size ? touched.has(field) : field in changes && changes[field] !== current[field],
  );
  return fields.map((field) => ({
    field,
    label: EDITION_FIELD_LABELS[field],
    theirs: current[field],
    yours: field in changes ? changes[field] : current[field],
  }));
}
