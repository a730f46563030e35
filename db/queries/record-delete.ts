// Deleting a catalogue record entered by mistake (a misspelt film from a paste, a test award, a category
// added to the wrong edition): only one nothing else refers to, so no nomination, no status history and no
// fact a reader has seen goes with it. What still refers to it is named in the refusal, for the editor to
// deal with first (a nomination is deleted or its film merged; a category emptied; a candidate waiting in
// the review queue decided). The record's own parts go with it (its aliases and credits, old addresses
// leading to it, an award's canonical categories), and the audit entry keeps the record and those parts.
// A candidate already decided keeps what it read (its text) and loses only its link to the record.
import { eq, sql, type SQL } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import {
  auditLog,
  awardAliases,
  awards,
  candidates,
  canonicalCategories,
  categories,
  credits,
  editions,
  filmAliases,
  films,
  ingestionSources,
  nominationFilms,
  nominationPeople,
  nominations,
  people,
  personAliases,
  slugRedirects,
} from '../schema';
import { ownRecentEntry, recordAudit, type NoticeReader } from './audit';

export const DELETABLE_KINDS = ['film', 'person', 'award', 'edition', 'category'] as const;
export type DeletableKind = (typeof DELETABLE_KINDS)[number];

/** A deletion refused, with what still refers to the record (a message for the page). */
export class DeleteRefusedError extends Error {
  override name = 'DeleteRefusedError';
  readonly userFacing = true;
}

/** Something that refers to a record: how many rows, and how the refusal names them. */
interface Referrer {
  count: (tx: Executor, id: number) => number;
  say: (n: number) => string;
}

const countOf = (tx: Executor, query: SQL) => tx.get<{ n: number }>(query)!.n;
const counted =
  (table: SQL, column: SQL): Referrer['count'] =>
  (tx, id) =>
    countOf(tx, sql`select count(*) as n from ${table} where ${column} = ${id}`);
const rowsOf = (tx: Executor, table: SQL, column: SQL, id: number) =>
  tx.all<Record<string, unknown>>(sql`select * from ${table} where ${column} = ${id}`);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface KindRules {
  table: typeof films | typeof people | typeof awards | typeof editions | typeof categories;
  name: (row: Record<string, unknown>) => string;
  /** The field of a candidate (the review queue) that links it to a record of this kind, if any does. */
  candidateField?: 'filmId' | 'awardId' | 'editionId' | 'categoryId';
  referrers: Referrer[];
  /** The record's own parts, as the audit entry keeps them. */
  parts?: (tx: Executor, id: number) => Record<string, unknown[]>;
  /** Removes the parts no cascade removes, before the record. */
  removeParts?: (tx: Executor, id: number) => void;
}

const slugRedirectsTo = (entity: 'film' | 'person') => ({
  rows: (tx: Executor, id: number) =>
    tx.all<Record<string, unknown>>(
      sql`select * from ${slugRedirects} where ${slugRedirects.entityType} = ${entity} and ${slugRedirects.targetId} = ${id}`,
    ),
  // Old addresses that led to it lead nowhere once it is gone.
  remove: (tx: Executor, id: number) =>
    tx.run(
      sql`delete from ${slugRedirects} where ${slugRedirects.entityType} = ${entity} and ${slugRedirects.targetId} = ${id}`,
    ),
});
const filmRedirects = slugRedirectsTo('film');
const personRedirects = slugRedirectsTo('person');

const RULES: Record<DeletableKind, KindRules> = {
  film: {
    table: films,
    name: (row) => String(row.title),
    candidateField: 'filmId',
    referrers: [
      {
        count: counted(sql`${nominationFilms}`, sql`${nominationFilms.filmId}`),
        say: (n) => `${plural(n, 'nomination names', 'nominations name')} it (delete them, or merge the film)`,
      },
    ],
    parts: (tx, id) => ({
      aliases: rowsOf(tx, sql`${filmAliases}`, sql`${filmAliases.filmId}`, id),
      credits: rowsOf(tx, sql`${credits}`, sql`${credits.filmId}`, id),
      redirects: filmRedirects.rows(tx, id),
    }),
    removeParts: filmRedirects.remove,
  },
  person: {
    table: people,
    name: (row) => String(row.name),
    referrers: [
      {
        count: counted(sql`${nominationPeople}`, sql`${nominationPeople.personId}`),
        say: (n) => `${plural(n, 'nomination names', 'nominations name')} them (delete them, or merge the person)`,
      },
    ],
    parts: (tx, id) => ({
      aliases: rowsOf(tx, sql`${personAliases}`, sql`${personAliases.personId}`, id),
      credits: rowsOf(tx, sql`${credits}`, sql`${credits.personId}`, id),
      redirects: personRedirects.rows(tx, id),
    }),
    removeParts: personRedirects.remove,
  },
  award: {
    table: awards,
    name: (row) => String(row.name),
    candidateField: 'awardId',
    referrers: [
      {
        count: counted(sql`${editions}`, sql`${editions.awardId}`),
        say: (n) => `it has ${plural(n, 'edition', 'editions')} (delete ${n === 1 ? 'it' : 'them'} first)`,
      },
      {
        count: counted(sql`${ingestionSources}`, sql`${ingestionSources.awardId}`),
        say: (n) => `${plural(n, 'ingestion source is', 'ingestion sources are')} about it (change them first)`,
      },
      {
        // Its canonical categories go with it: none may still name a category (another award's, say).
        count: (tx, id) =>
          countOf(
            tx,
            sql`select count(*) as n from ${categories} where ${categories.canonicalCategoryId} in
              (select ${canonicalCategories.id} from ${canonicalCategories} where ${canonicalCategories.awardId} = ${id})`,
          ),
        say: (n) => `${plural(n, 'category is', 'categories are')} filed under its canonical categories`,
      },
    ],
    parts: (tx, id) => ({
      aliases: rowsOf(tx, sql`${awardAliases}`, sql`${awardAliases.awardId}`, id),
      canonicalCategories: rowsOf(tx, sql`${canonicalCategories}`, sql`${canonicalCategories.awardId}`, id),
    }),
    removeParts: (tx, id) =>
      tx.run(sql`delete from ${canonicalCategories} where ${canonicalCategories.awardId} = ${id}`),
  },
  edition: {
    table: editions,
    name: (row) => String(row.name),
    candidateField: 'editionId',
    referrers: [
      {
        count: counted(sql`${categories}`, sql`${categories.editionId}`),
        say: (n) => `it has ${plural(n, 'category', 'categories')} (delete ${n === 1 ? 'it' : 'them'} first)`,
      },
    ],
  },
  category: {
    table: categories,
    name: (row) => String(row.name),
    candidateField: 'categoryId',
    referrers: [
      {
        count: counted(sql`${nominations}`, sql`${nominations.categoryId}`),
        say: (n) => `it holds ${plural(n, 'nomination', 'nominations')} (delete ${n === 1 ? 'it' : 'them'} first)`,
      },
    ],
  },
};

/** Candidates still waiting in the review queue that name the record: an editor decides them first. */
function pendingCandidates(field: NonNullable<KindRules['candidateField']>): Referrer {
  return {
    count: (tx, id) =>
      countOf(
        tx,
        sql`select count(*) as n from ${candidates} where ${candidates[field]} = ${id} and ${candidates.state} = 'pending'`,
      ),
    say: (n) => `${plural(n, 'candidate', 'candidates')} in the review queue (decide them first)`,
  };
}

export interface RecordDeletion {
  kind: DeletableKind;
  id: number;
  actor: string;
}

/**
 * Deletes the record if nothing refers to it, with its audit entry; returns its name and the entry's id,
 * which the page the deletion leads to reads its message from (deletedRecordName).
 */
export function deleteUnusedRecord(db: Executor, deletion: RecordDeletion): { name: string; auditId: number } {
  const rules = RULES[deletion.kind];
  return writeTransaction(db, (tx) => {
    const row = tx.select().from(rules.table).where(eq(rules.table.id, deletion.id)).get();
    if (!row) throw new DeleteRefusedError(`This ${deletion.kind} no longer exists: someone else deleted it.`);
    const name = rules.name(row);
    const field = rules.candidateField;
    const referrers = field ? [...rules.referrers, pendingCandidates(field)] : rules.referrers;
    const uses = referrers.flatMap((referrer) => {
      const n = referrer.count(tx, deletion.id);
      return n ? [referrer.say(n)] : [];
    });
    if (uses.length) throw new DeleteRefusedError(`“${name}” was not deleted: ${uses.join('; ')}.`);
    const parts = rules.parts?.(tx, deletion.id) ?? {};
    if (field)
      tx.update(candidates)
        .set({ [field]: null })
        .where(eq(candidates[field], deletion.id))
        .run();
    rules.removeParts?.(tx, deletion.id);
    tx.delete(rules.table).where(eq(rules.table.id, deletion.id)).run();
    const auditId = recordAudit(tx, {
      actor: deletion.actor,
      action: `${deletion.kind}.delete`,
      entityType: deletion.kind,
      entityId: deletion.id,
      before: { ...row, ...parts },
    });
    return { name, auditId };
  });
}

/**
 * The name of the record an audit entry deleted (one of these kinds, or a nomination, whose entry keeps
 * its label: nomination-delete.ts), or undefined when the entry is no such deletion or not the reader's
 * own recent one: the message after a deletion comes from the log, not from text in an address.
 */
export function deletedRecordName(db: Executor, auditId: number, reader: NoticeReader): string | undefined {
  const entry = db
    .select({ action: auditLog.action, before: auditLog.before })
    .from(auditLog)
    .where(ownRecentEntry(auditId, reader))
    .get();
  const before = entry?.before;
  if (!before || typeof before !== 'object') return undefined;
  const row = before as Record<string, unknown>;
  if (entry.action === 'nomination.delete') return typeof row.label === 'string' ? row.label : undefined;
  const kind = DELETABLE_KINDS.find((candidate) => entry.action === `${candidate}.delete`);
  return kind && RULES[kind].name(row);
}
