// The feeds and pages Laurels reads on a schedule: adding one, editing it (with the version the form
// loaded, so a stale save is refused with what the other person saved), enabling and disabling it. The
// fields are validated by ingestion-source-fields.ts before they get here (command line and admin form
// alike); what only the database knows is checked here: the award slug exists, the address is not
// already a source (the refusal names the source that has it). Each write and its audit entry share one
// writeTransaction. The reads for the list and the edit page are ingestion-source-list.ts.
import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { awards, ingestionSources, type IngestionSource } from '../schema';
import { recordAudit } from './audit';
import { ConflictError, FieldValidationError, listChangedFields } from './film-edit-errors';
import { isBundled, type SourceFields } from './ingestion-source-fields';

export { ConflictError, FieldValidationError } from './film-edit-errors';
export { getSource, listAwardChoices, listSources, type SourceListRow } from './ingestion-source-list';

const EDIT_FIELDS = ['url', 'kind', 'schedule', 'awardId', 'name'] as const;
export type SourceEditField = (typeof EDIT_FIELDS)[number];

export function addSource(db: Executor, input: { fields: SourceFields; actor: string }): IngestionSource {
  return writeTransaction(db, (tx) => {
    checkUrlFree(tx, null, input.fields.url);
    const awardId = resolveSourceAward(tx, input.fields.award);
    const { award: _slug, ...fields } = input.fields;
    const source = tx
      .insert(ingestionSources)
      .values({ ...fields, awardId })
      .returning()
      .get();
    recordAudit(tx, {
      actor: input.actor,
      action: 'ingestion_source.create',
      entityType: 'ingestion_source',
      entityId: source.id,
      after: { url: source.url, kind: source.kind, schedule: source.schedule, awardId, name: source.name },
    });
    return source;
  });
}

export interface UpdateSourceInput {
  sourceId: number;
  expectedVersion: number;
  fields: SourceFields;
  actor: string;
}

/** Saves the edited fields; returns the source and what changed (nothing: nothing was written). */
export function updateSource(
  db: Executor,
  input: UpdateSourceInput,
): { source: IngestionSource; changed: SourceEditField[] } {
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(ingestionSources).where(eq(ingestionSources.id, input.sourceId)).get();
    if (!current) throw new FieldValidationError('This source no longer exists.', {});
    const awardId = resolveSourceAward(tx, input.fields.award);
    const submitted = { ...input.fields, awardId };
    if (current.version !== input.expectedVersion) {
      throw new ConflictError<SourceEditField>(
        'Someone else saved this source after you opened it, so nothing was saved.',
        listChangedFields(EDIT_FIELDS, current, submitted).map((change) =>
          change.field === 'awardId'
            ? { ...change, theirs: awardSlug(tx, current.awardId), yours: input.fields.award }
            : change,
        ),
        current.version,
      );
    }
    if (submitted.url !== current.url) {
      if (isBundled(submitted.url))
        throw new FieldValidationError('A bundled feed cannot be typed in.', {
          url: ['Give a web address starting with http:// or https://.'],
        });
      checkUrlFree(tx, current.id, submitted.url);
    }
    const changed = listChangedFields(EDIT_FIELDS, current, submitted).map((change) => change.field);
    if (!changed.length) return { source: current, changed };
    const before = Object.fromEntries(changed.map((field) => [field, current[field]]));
    const after = Object.fromEntries(changed.map((field) => [field, submitted[field]]));
    // The validators belong to the old address: a new one starts with a plain GET.
    const validators = changed.includes('url') ? { etag: null, lastModified: null } : {};
    const source = tx
      .update(ingestionSources)
      .set({ ...after, ...validators, version: current.version + 1 })
      .where(and(eq(ingestionSources.id, current.id), eq(ingestionSources.version, input.expectedVersion)))
      .returning()
      .get();
    // BEGIN IMMEDIATE holds the write lock since the read above; kept as a backstop.
    if (!source) throw new ConflictError('Someone else saved this source at the same moment.', [], current.version);
    recordAudit(tx, {
      actor: input.actor,
      action: 'ingestion_source.update',
      entityType: 'ingestion_source',
      entityId: current.id,
      before: { ...before, version: current.version },
      after: { ...after, version: source.version },
    });
    return { source, changed };
  });
}

/**
 * Turns reading a source on or off. Setting the state it already has writes nothing (and returns false).
 * The version is left alone: the edit form does not hold this flag, so it cannot conflict with it.
 */
export function setSourceEnabled(
  db: Executor,
  input: { sourceId: number; enabled: boolean; actor: string },
): { source: IngestionSource; changed: boolean } {
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(ingestionSources).where(eq(ingestionSources.id, input.sourceId)).get();
    if (!current) throw new FieldValidationError(`There is no source #${input.sourceId}.`, {});
    if (current.enabled === input.enabled) return { source: current, changed: false };
    const source = tx
      .update(ingestionSources)
      .set({ enabled: input.enabled })
      .where(eq(ingestionSources.id, current.id))
      .returning()
      .get()!;
    recordAudit(tx, {
      actor: input.actor,
      action: input.enabled ? 'ingestion_source.enable' : 'ingestion_source.disable',
      entityType: 'ingestion_source',
      entityId: current.id,
      before: { enabled: current.enabled },
      after: { enabled: input.enabled },
    });
    return { source, changed: true };
  });
}

/** Refuses an address another source reads, naming that source. */
function checkUrlFree(tx: Executor, selfId: number | null, url: string): void {
  const holder = tx
    .select({ id: ingestionSources.id, name: ingestionSources.name })
    .from(ingestionSources)
    .where(eq(ingestionSources.url, url))
    .get();
  if (!holder || holder.id === selfId) return;
  const named = holder.name ? ` “${holder.name}”` : '';
  throw new FieldValidationError(`Source #${holder.id}${named} already reads ${url}.`, {
    url: [`Source #${holder.id}${named} already reads this address.`],
  });
}

/** The id of the award a source names by its slug (null for none), or a refusal naming the slug. */
export function resolveSourceAward(tx: Executor, slug: string | null): number | null {
  if (slug === null) return null;
  const award = tx.select({ id: awards.id }).from(awards).where(eq(awards.slug, slug)).get();
  if (!award)
    throw new FieldValidationError(`No award has the slug “${slug}”.`, {
      award: [`No award has the slug “${slug}”: pick one from the list.`],
    });
  return award.id;
}

function awardSlug(tx: Executor, awardId: number | null): string | null {
  if (awardId === null) return null;
  return tx.select({ slug: awards.slug }).from(awards).where(eq(awards.id, awardId)).get()?.slug ?? null;
}
