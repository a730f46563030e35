// A stale save of an edition: the fields as the form loaded them (to merge the save with what was saved
// since) and, where both people changed a field, which ones, with their value (stored now) beside this
// editor's. Read by db/queries/edition-edits.ts inside its transaction, from the audit entries that write
// path records (each names the version it made).
import type { Executor } from '../client';
import type { Edition } from '../schema';
import {
  describeValue,
  EDITION_FIELD_LABELS,
  EDITION_FIELDS,
  type EditionField,
  type EditionFields,
} from './edition-fields';
import { fieldsAtVersion, savesSince } from './saved-versions';

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
     * (editionAtVersion): the form then shows the other person's values in every field this editor left
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

/** The edition's fields as they stood at `version` (the form's starting point), when the audit log tells. */
export function editionAtVersion(tx: Executor, current: Edition, version: number): EditionFields | undefined {
  return fieldsAtVersion(tx, 'edition', current, EDITION_FIELDS, version);
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
  const entries = savesSince(tx, 'edition', current.id, version);
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
