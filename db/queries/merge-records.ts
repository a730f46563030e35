// Merging two records of one film or one person: the record merged away ("merged") hands everything to
// the one kept ("survivor") in one write transaction, then is deleted and its slug redirects to the
// survivor. What differs between films and people is only which tables and fields are involved
// (MergeSpec, in merge-films.ts and merge-people.ts); the steps are here:
//   nominations (merge-nominations.ts) → credits → aliases (+ the old name) → the survivor's empty fields
//   filled from the merged record (a set value is never overwritten) → delete → redirect → version → audit.
// A preview runs the same steps and rolls them back, so what an editor confirms is what will happen.
import { and, eq, inArray, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { writeTransaction, type Executor } from '../client';
import { foldText } from '../rules/text';
import { auditLog } from '../schema';
import { matchRecordIds } from '../search';
import { ownRecentEntry, recordAudit, type NoticeReader } from './audit';
import { moveNominations, type MergeEntity, type NominationMoves } from './merge-nominations';
import { redirectMergedSlug } from './redirects';
import { addOldName, compareFields, isEmpty, moveRows, toSqlValue } from './merge-steps';

/** Why a merge was refused; the message is meant for the editor. */
export class MergeError extends Error {
  override name = 'MergeError';
  readonly userFacing = true;
  constructor(
    message: string,
    readonly reason: 'missing' | 'same' | 'conflict' | 'different',
  ) {
    super(message);
  }
}

export interface MergeSpec {
  entity: MergeEntity;
  /** Table and column names: constants of the spec, never input. */
  table: string;
  nameColumn: string;
  foldedColumn: string;
  aliasTable: string;
  ownerColumn: string;
  /** Filled on the survivor from the merged record when the survivor has none (snake_case → label). */
  fillable: Record<string, string>;
  /** Ids that name one record in the world: two different values mean two different records. */
  identity: string;
  describe: (row: RecordRow) => string;
}

export type RecordRow = Record<string, unknown> & { id: number; slug: string; version: number };

export interface MergeRequest {
  fromId: number;
  intoId: number;
  expectedFromVersion: number;
  expectedIntoVersion: number;
  actor: string;
}

export interface MergeSummary {
  /** The merge's audit entry, which the survivor's page reads its message from (mergedRecordName). */
  auditId?: number;
  survivor: { id: number; slug: string; name: string };
  merged: { id: number; slug: string; name: string };
  nominations: NominationMoves;
  credits: { moved: number; duplicates: number };
  aliases: { moved: number; duplicates: number; added: string | null };
  /** Fields the survivor lacked, taken from the merged record. */
  filled: { field: string; label: string; value: unknown }[];
  /** Fields both have with different values: the survivor's stays. */
  kept: { field: string; label: string; survivor: unknown; merged: unknown }[];
  redirectsRepointed: number;
}

/** How a merge names a record: a film with its year, since two films of one title are what merges join. */
function recordName(spec: MergeSpec, row: RecordRow): string {
  const name = String(row[spec.nameColumn]);
  return spec.entity === 'film' && row.year ? `${name} (${String(row.year)})` : name;
}

function loadRow(tx: Executor, spec: MergeSpec, id: number): RecordRow | undefined {
  return tx.get<RecordRow>(sql`select * from ${sql.raw(spec.table)} where id = ${id}`);
}

/** Merges `fromId` into `intoId`, or with `dryRun` works out what that would do and writes nothing. */
export function mergeRecords(db: Executor, spec: MergeSpec, request: MergeRequest, dryRun = false): MergeSummary {
  if (!dryRun) return writeTransaction(db, (tx) => runMerge(tx, spec, request));
  try {
    writeTransaction(db, (tx) => {
      throw new DryRun(runMerge(tx, spec, request, true));
    });
  } catch (error) {
    if (error instanceof DryRun) return error.summary;
    throw error;
  }
  throw new Error('unreachable: a dry run always rolls back');
}

class DryRun {
  constructor(readonly summary: MergeSummary) {}
}

function runMerge(tx: Executor, spec: MergeSpec, request: MergeRequest, dryRun = false): MergeSummary {
  const { from, into } = checkRequest(tx, spec, request, dryRun);
  const table = sql.raw(spec.table);
  const { filled, kept } = compareFields(spec, from, into);

  const nominations = moveNominations(tx, spec.entity, from.id, into.id);
  const credits = moveRows(tx, 'credits', spec.ownerColumn, from.id, into.id);
  const aliases = moveRows(tx, spec.aliasTable, spec.ownerColumn, from.id, into.id);
  const added = addOldName(tx, spec, from, into);
  // Facts found in announcements that named the merged film now name the survivor.
  if (spec.entity === 'film') tx.run(sql`update candidates set film_id = ${into.id} where film_id = ${from.id}`);

  // The merged record goes before the survivor takes its ids, which are unique.
  tx.run(sql`delete from ${table} where id = ${from.id}`);
  const sets: SQL[] = filled.map(({ field, value }) => sql`${sql.raw(field)} = ${toSqlValue(value)}`);
  sets.push(sql`version = version + 1`);
  const updated = tx.run(
    sql`update ${table} set ${sql.join(sets, sql`, `)} where id = ${into.id} and version = ${into.version}`,
  ).changes;
  if (!updated) throw staleError(spec, into);
  const redirectsRepointed = redirectMergedSlug(tx, spec.entity, from, into.id);

  const summary: MergeSummary = {
    survivor: { id: into.id, slug: into.slug, name: recordName(spec, into) },
    merged: { id: from.id, slug: from.slug, name: recordName(spec, from) },
    nominations,
    credits,
    aliases: { ...aliases, added },
    filled,
    kept,
    redirectsRepointed,
  };
  summary.auditId = recordAudit(tx, {
    actor: request.actor,
    action: `${spec.entity}.merge`,
    entityType: spec.entity,
    entityId: into.id,
    before: { merged: from, survivor: Object.fromEntries(filled.map(({ field }) => [field, into[field] ?? null])) },
    after: {
      mergedInto: into.id,
      // As the message after the merge names it (mergedRecordName).
      mergedName: summary.merged.name,
      redirect: from.slug,
      filled: Object.fromEntries(filled.map(({ field, value }) => [field, value])),
      nominationsRelinked: nominations.relinkedIds,
      duplicateLinksDropped: nominations.duplicateLinkIds,
      // Each with its own entry below, which holds the status events the merge folded away.
      nominationsMerged: nominations.merged.map(
        ({ eventsFolded: _folded, eventsMoved: _moved, eventsDropped: _dropped, ...merged }) => merged,
      ),
      credits,
      aliases: summary.aliases,
    },
  });
  // The merged record's own history, and each merged-away nomination's, ends with where it went: the
  // audit log read for its id shows the merge, not only its creation.
  recordAudit(tx, {
    actor: request.actor,
    action: `${spec.entity}.merged`,
    entityType: spec.entity,
    entityId: from.id,
    before: from,
    after: { mergedInto: into.id, redirect: from.slug },
  });
  for (const { removedId, keptId, removedStatus, eventsFolded, eventsMoved, eventsDropped } of nominations.merged) {
    recordAudit(tx, {
      actor: request.actor,
      action: 'nomination.merged',
      entityType: 'nomination',
      entityId: removedId,
      before: { status: removedStatus },
      after: { mergedInto: keptId, eventsFolded, eventsMoved, eventsDropped },
    });
  }
  return summary;
}

function checkRequest(tx: Executor, spec: MergeSpec, request: MergeRequest, dryRun: boolean) {
  const noun = spec.entity === 'film' ? 'film' : 'person';
  if (request.fromId === request.intoId) {
    throw new MergeError(`A ${noun} cannot be merged into itself: pick the duplicate record.`, 'same');
  }
  const from = loadRow(tx, spec, request.fromId);
  const into = loadRow(tx, spec, request.intoId);
  if (!from || !into) {
    throw new MergeError(
      `One of the two records no longer exists (it may have been merged already): nothing was merged.`,
      'missing',
    );
  }
  if (!dryRun) {
    if (into.version !== request.expectedIntoVersion) throw staleError(spec, into);
    if (from.version !== request.expectedFromVersion) throw staleError(spec, from);
  }
  const fromId = from[spec.identity];
  const intoId = into[spec.identity];
  if (!isEmpty(fromId) && !isEmpty(intoId) && fromId !== intoId) {
    throw new MergeError(
      `${spec.describe(into)} has IMDb id ${String(intoId)} and ${spec.describe(from)} has ${String(fromId)}: ` +
        `they are probably not the same ${noun}, so nothing was merged. Correct the id first if one is wrong.`,
      'different',
    );
  }
  return { from, into };
}

function staleError(spec: MergeSpec, row: RecordRow): MergeError {
  return new MergeError(
    `Someone changed ${spec.describe(row)} since you opened this preview, so nothing was merged. ` +
      `Look at the preview again and confirm.`,
    'conflict',
  );
}

/** How many records a merge picker offers at most. */
export const MERGE_CANDIDATE_LIMIT = 20;

/**
 * Which films or people an editor may mean by `text` in a merge picker: the one with this slug or IMDb id,
 * those whose folded title or name contains it, or whose title or name and aliases hold its words in any
 * order (as search finds them); never the survivor. Null for blank text.
 */
export async function mergeCandidateCondition(
  db: Executor,
  text: string,
  survivorId: number,
  kind: 'film' | 'person',
  columns: { id: SQLiteColumn; slug: SQLiteColumn; imdbId: SQLiteColumn; folded: SQLiteColumn },
): Promise<SQL | undefined> {
  const term = text.trim();
  if (!term) return undefined;
  const folded = `%${foldText(term).replace(/[%_\\]/g, '')}%`;
  return and(
    ne(columns.id, survivorId),
    or(
      eq(columns.slug, term.toLowerCase()),
      eq(columns.imdbId, term.toLowerCase()),
      like(columns.folded, folded),
      inArray(columns.id, await matchRecordIds(db, term, kind, MERGE_CANDIDATE_LIMIT)),
    ),
  );
}

/**
 * The name of the record an audit entry merged away, or undefined when the entry is no merge or not the
 * reader's own recent one: the message on the survivor's page comes from the log, not from text in an
 * address.
 */
export function mergedRecordName(
  db: Executor,
  auditId: number,
  entity: MergeEntity,
  reader: NoticeReader,
): string | undefined {
  const entry = db
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(and(ownRecentEntry(auditId, reader), eq(auditLog.action, `${entity}.merge`)))
    .get();
  const name = (entry?.after as { mergedName?: unknown } | null | undefined)?.mergedName;
  return typeof name === 'string' ? name : undefined;
}
