// A record's fields as they stood at an older version, read back from the audit entries of its update
// path: each save of an edition, an award or a category records the version it made (`after.version`)
// and the old values of the fields it changed (`before`). A stale save merges with what was saved since
// from there (planEdit), with no need for its form to have carried its starting values.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditLog } from '../schema';
import { ConflictError, pick, planEdit, type FieldChange } from './film-edit-errors';

/** The record types whose update path records the version it made. */
export type VersionedEntity = 'edition' | 'award' | 'category';

interface AuditedSave {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit entries of the saves that made the versions after `version`, oldest first. */
export function savesSince(tx: Executor, entityType: VersionedEntity, id: number, version: number): AuditedSave[] {
  return tx
    .select({ before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, entityType),
        eq(auditLog.entityId, id),
        eq(auditLog.action, `${entityType}.update`),
        sql`json_extract(${auditLog.after}, '$.version') > ${version}`,
      ),
    )
    .orderBy(asc(auditLog.id))
    .all() as AuditedSave[];
}

/**
 * The fields as they stood at `version` (a form's starting point): the values saved now with every later
 * save undone, newest first, from its audit entry's `before`. Undefined when some version since has no
 * entry to undo it by, so that nothing is guessed.
 */
export function fieldsAtVersion<T extends { id: number; version: number }, F extends keyof T & string>(
  tx: Executor,
  entityType: VersionedEntity,
  current: T,
  fields: readonly F[],
  version: number,
): Pick<T, F> | undefined {
  const saves = savesSince(tx, entityType, current.id, version);
  const versions = new Set(saves.map((save) => save.after?.version));
  if (versions.size !== current.version - version) return undefined;
  const values: Record<string, unknown> = pick(current, fields);
  for (const { before } of saves.reverse()) {
    for (const field of fields) if (before && field in before) values[field] = before[field];
  }
  return values as Pick<T, F>;
}

/**
 * The fields a save of an award or a category writes (planEdit): on the version its form opened, every
 * difference; on an older one, the fields this editor changed, with the form's starting point read back
 * here. Where both people changed a field, the save is refused with a ConflictError naming just those
 * fields (`describe` puts an id into words), with the values saved now and opened, for the form to show.
 */
export function planVersionedSave<T extends { id: number; version: number }, F extends keyof T & string>(
  tx: Executor,
  entityType: VersionedEntity,
  fields: readonly F[],
  current: T,
  submitted: Pick<T, F>,
  expectedVersion: number,
  refusal: { message: string; describe?: (change: FieldChange<F>) => FieldChange<F> },
): F[] {
  const isStale = current.version !== expectedVersion;
  const opened = isStale ? fieldsAtVersion(tx, entityType, current, fields, expectedVersion) : undefined;
  const { write, conflicts } = planEdit(fields, current, submitted as Record<F, unknown>, { isStale, opened });
  if (conflicts.length) {
    const { message, describe = (change) => change } = refusal;
    throw new ConflictError<F>(message, conflicts.map(describe), current.version, pick(current, fields), opened);
  }
  return write.map((change) => change.field);
}
