// Editing an edition's details (name, ordinal, years, dates, venue, results complete): the one write path
// for them. The save carries the version its form loaded; a save on an older version merges with what
// was saved since (mergeStaleSave) or, where both people changed a field, is refused with what the other
// person changed, never a silent overwrite. The update and its audit entry share one transaction.
import { and, eq, ne } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { dateOrderErrors, type EditionDates } from '../rules/edition-phase';
import { awards, editions, type Edition } from '../schema';
import { recordAudit } from './audit';
import { defaultEditionName } from './edition-create';
import { ConflictError, conflictsSince, editionAtVersion } from './edition-conflicts';
import {
  EDITION_FIELD_LABELS,
  EDITION_FIELDS,
  editionFieldSchemas,
  type EditionField,
  type EditionFields,
} from './edition-fields';
import { pick, planEdit } from './film-edit-errors';
import { closeDecidedCategories, listUndecidedCategories, type ClosedByCompletion } from './results';

export { ConflictError, type FieldConflict } from './edition-conflicts';

/** Refused input, field by field (messages meant for the form). */
export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly userFacing = true;
  constructor(readonly fieldErrors: Partial<Record<EditionField, string[]>>) {
    super('Some fields need attention: see the messages beside them.');
  }
}

export interface EditionEdit {
  editionId: number;
  expectedVersion: number;
  changes: Partial<EditionFields>;
  actor: string;
}

export interface EditionSaved {
  edition: Edition;
  /** What declaring the results complete closed, when this save declared them. */
  closed: ClosedByCompletion | null;
}

/**
 * Saves the changed fields and returns the row, with what declaring the results complete closed; or throws
 * ValidationError / ConflictError having written nothing.
 */
export function updateEdition(db: Executor, edit: EditionEdit): EditionSaved {
  const submitted = validateChanges(edit.changes);
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(editions).where(eq(editions.id, edit.editionId)).get();
    if (!current) throw new ValidationError({ name: [`There is no edition ${edit.editionId}.`] });
    const changes = withFollowingName(
      tx,
      current,
      current.version === edit.expectedVersion ? submitted : mergeStaleSave(tx, current, edit, submitted),
    );
    const changed = (Object.keys(changes) as EditionField[]).filter((field) => changes[field] !== current[field]);
    // Saving an unchanged form writes nothing: no new version, no empty audit entry.
    if (!changed.length) return { edition: current, closed: null };
    if (changed.includes('ordinal')) checkOrdinalFree(tx, current, changes.ordinal ?? null);
    if (changed.includes('resultsComplete') && changes.resultsComplete) checkAllDecided(tx, current.id);
    checkDateOrder({ ...current, ...changes }, changed);

    const before = Object.fromEntries(changed.map((field) => [field, current[field]]));
    const after = Object.fromEntries(changed.map((field) => [field, changes[field]]));
    const updated = tx
      .update(editions)
      .set({ ...after, version: current.version + 1 })
      .where(and(eq(editions.id, current.id), eq(editions.version, current.version)))
      .returning()
      .get();
    // BEGIN IMMEDIATE holds the write lock since the read above, so this cannot miss; kept as a backstop.
    if (!updated) throw new ConflictError(current.version, []);
    // Complete results mean every decided category is final: its other nominees lost, as on ceremony night.
    const closed =
      changed.includes('resultsComplete') && updated.resultsComplete
        ? closeDecidedCategories(tx, current.id, edit.actor)
        : null;
    recordAudit(tx, {
      actor: edit.actor,
      action: 'edition.update',
      entityType: 'edition',
      entityId: current.id,
      // The versions let a later conflict name the fields changed since a given version.
      before: { ...before, version: current.version },
      after: { ...after, version: updated.version },
    });
    return { edition: updated, closed };
  });
}

/**
 * A save made on an older version than the one stored: the fields this editor changed from the form's
 * starting point are written, the fields only someone else changed keep their values, and the save is
 * refused only for a field both changed to different values (planEdit). Without the starting point (a save
 * since left no entry to undo it by), any field that differs from the stored value refuses the save.
 */
function mergeStaleSave(
  tx: Executor,
  current: Edition,
  edit: EditionEdit,
  submitted: Partial<EditionFields>,
): Partial<EditionFields> {
  const opened = editionAtVersion(tx, current, edit.expectedVersion);
  if (!opened) throw new ConflictError(current.version, conflictsSince(tx, current, edit.expectedVersion, submitted));
  const fields = Object.keys(submitted) as EditionField[];
  const { write, conflicts } = planEdit(fields, current, submitted as EditionFields, { isStale: true, opened });
  if (conflicts.length) {
    const listed = conflicts.map(({ field, theirs, yours }) => ({
      field,
      label: EDITION_FIELD_LABELS[field],
      theirs,
      yours,
    }));
    throw new ConflictError(current.version, listed, { saved: pick(current, EDITION_FIELDS), opened });
  }
  return pick(
    submitted,
    write.map((change) => change.field),
  );
}

function validateChanges(changes: Partial<EditionFields>): Partial<EditionFields> {
  const valid: Record<string, unknown> = {};
  const errors: Partial<Record<EditionField, string[]>> = {};
  for (const [key, value] of Object.entries(changes)) {
    const schema = editionFieldSchemas[key as EditionField] as (typeof editionFieldSchemas)[EditionField] | undefined;
    if (!schema) throw new ValidationError({});
    const parsed = schema.safeParse(value);
    if (parsed.success) valid[key] = parsed.data;
    else errors[key as EditionField] = parsed.error.issues.map((issue) => issue.message);
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return valid as Partial<EditionFields>;
}

/** Results are complete only once every category with nominees has a winner or was closed without one. */
function checkAllDecided(tx: Executor, editionId: number): void {
  const undecided = listUndecidedCategories(tx, editionId);
  if (!undecided.length) return;
  const named =
    undecided.length > 3
      ? `${undecided.slice(0, 3).join(', ')} and ${undecided.length - 3} more`
      : undecided.join(', ');
  throw new ValidationError({
    resultsComplete: [
      `${named} ${undecided.length === 1 ? 'has' : 'have'} no winner yet: mark the winners, or close a category given to nobody, on the results screen first.`,
    ],
  });
}

/**
 * The changes, with the name following a new ordinal or year when the name is the one they made ("1st …"
 * becomes "2nd …") and the editor left it as it was: a typed name stays as typed.
 */
function withFollowingName(tx: Executor, current: Edition, changes: Partial<EditionFields>): Partial<EditionFields> {
  const next = {
    ordinal: 'ordinal' in changes ? (changes.ordinal ?? null) : current.ordinal,
    year: changes.year ?? current.year,
  };
  // Most saves change neither: no name to make, and no award to read.
  if (next.ordinal === current.ordinal && next.year === current.year) return changes;
  const award = tx.select({ name: awards.name }).from(awards).where(eq(awards.id, current.awardId)).get();
  const isMadeName = award !== undefined && current.name === defaultEditionName(current, award.name);
  const keepsName = changes.name === undefined || changes.name === current.name;
  if (!isMadeName || !keepsName) return changes;
  return { ...changes, name: defaultEditionName(next, award.name) };
}

/** Two editions of one award cannot share an ordinal (a unique index): say which one holds it. */
function checkOrdinalFree(tx: Executor, current: Edition, ordinal: number | null): void {
  if (ordinal === null) return;
  const holder = tx
    .select({ name: editions.name })
    .from(editions)
    .where(and(eq(editions.awardId, current.awardId), eq(editions.ordinal, ordinal), ne(editions.id, current.id)))
    .get();
  if (holder) throw new ValidationError({ ordinal: [`${holder.name} already has this ordinal.`] });
}

/**
 * Dates saved out of the season's order, or a ceremony more than a year before the awards year, are refused,
 * every one at once, beside the dates (or the year) this save changed.
 */
function checkDateOrder(dates: EditionDates & { year: number }, changed: EditionField[]): void {
  const errors = dateOrderErrors(dates, changed);
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** The edition as its edit form loads it, with the version a save must send back. */
export async function getEditionForEdit(db: Executor, awardSlug: string, editionSlug: string) {
  const [row] = await db
    .select({ edition: editions, awardSlug: awards.slug, awardName: awards.name })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(and(eq(awards.slug, awardSlug), eq(editions.slug, editionSlug)))
    .limit(1);
  return row;
}
