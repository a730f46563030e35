// A stale save of an edition: the fields as the form loaded them (to merge the save with what was saved
// since) and, where both people changed a field, which ones, with their value (stored now) beside this
// editor's. Read by db/queries/edition-edits.ts inside its transaction, from the audit entries that write
// path records (each names the version it made).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditLog, type Edition } from '../schema';
import {
  describeValue,
  EDITION_FIELD_LABELS,
  EDITION_FIELDS,
  type EditionField,
  type EditionFields,
} from './edition-fields';
import { pick } from './film-edit-errors';

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
    /**
     * The fields as saved now and as the form opened them, when the audit log tells the latter
     * (fieldsAtVersion): the form then shows the other person's values in every field this editor left
     * as it was, so that saving again cannot undo them.
     */
    readonly basis?: { saved: EditionFields; opened: EditionFields },
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
 * What a refused form shows again: what this editor typed in the fields they changed, what is saved now in
 * the others, so that saving again keeps their own values, knowingly, and undoes nobody else's.
 */
export function fieldsAfterConflict(submitted: EditionFields, conflict: ConflictError): EditionFields {
  if (!conflict.basis) return submitted;
  const { saved, opened } = conflict.basis;
  const shown: Record<string, unknown> = {};
  for (const field of EDITION_FIELDS)
    shown[field] = submitted[field] === opened[field] ? saved[field] : submitted[field];
  return shown as EditionFields;
}

/** The audit entries of the saves that made the versions after `version`, oldest first. */
function savesSince(tx: Executor, editionId: number, version: number) {
  return tx
    .select({ before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'edition'),
        eq(auditLog.entityId, editionId),
        eq(auditLog.action, 'edition.update'),
        sql`json_extract(${auditLog.after}, '$.version') > ${version}`,
      ),
    )
    .orderBy(asc(auditLog.id))
    .all() as { before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
}

/**
 * The edition's fields as they stood at `version` (the form's starting point): the values saved now with
 * every later save undone, newest first, from its audit entry's `before`. Undefined when some version
 * since has no entry to undo it by, so that nothing is guessed.
 */
export function fieldsAtVersion(tx: Executor, current: Edition, version: number): EditionFields | undefined {
  const saves = savesSince(tx, current.id, version);
  const versions = new Set(saves.map((save) => save.after?.version));
  if (versions.size !== current.version - version) return undefined;
  const fields: Record<string, unknown> = pick(current, EDITION_FIELDS);
  for (const { before } of saves.reverse()) {
    for (const field of EDITION_FIELDS) if (before && field in before) fields[field] = before[field];
  }
  return fields as EditionFields;
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
  const entries = savesSince(tx, current.id, version);
  const touched = new Set(entries.flatMap((entry) => Object.keys(entry.after ?? {})));
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
