// Deleting a catalogue record entered by mistake (a misspelt film from a paste, a test award, a category
// added to the wrong edition): only one nothing else refers to, so no nomination, no status history and no
// fact a reader has seen goes with it. What still refers to it is named in the refusal, for the editor to
// deal with first (a nomination is deleted or its film merged; a category emptied). The record's own parts
// go with it (its aliases and credits, an award's canonical categories), and the audit log keeps a copy.
import { eq, sql, type SQL } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import {
  awards,
  candidates,
  canonicalCategories,
  categories,
  editions,
  editionStatusCounts,
  films,
  ingestionSources,
  nominationFilms,
  nominationPeople,
  nominations,
  people,
  slugRedirects,
} from '../schema';
import { recordAudit } from './audit';

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

function counted(table: SQL, column: SQL): Referrer['count'] {
  return (tx, id) => tx.get<{ n: number }>(sql`select count(*) as n from ${table} where ${column} = ${id}`)!.n;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const inReview = (n: number) => `${plural(n, 'candidate', 'candidates')} in the review queue (decide them first)`;

interface KindRules {
  table: typeof films | typeof people | typeof awards | typeof editions | typeof categories;
  name: (row: Record<string, unknown>) => string;
  referrers: Referrer[];
  /** The record's own parts that go with it, removed before it (those without a cascade). */
  removeParts?: (tx: Executor, id: number) => void;
}

const RULES: Record<DeletableKind, KindRules> = {
  film: {
    table: films,
    name: (row) => String(row.title),
    referrers: [
      {
        count: counted(sql`${nominationFilms}`, sql`${nominationFilms.filmId}`),
        say: (n) => `${plural(n, 'nomination names', 'nominations name')} it (delete them, or merge the film)`,
      },
      { count: counted(sql`${candidates}`, sql`${candidates.filmId}`), say: inReview },
    ],
    // Old addresses that led to it lead nowhere once it is gone.
    removeParts: (tx, id) =>
      tx.run(
        sql`delete from ${slugRedirects} where ${slugRedirects.entityType} = 'film' and ${slugRedirects.targetId} = ${id}`,
      ),
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
    removeParts: (tx, id) =>
      tx.run(
        sql`delete from ${slugRedirects} where ${slugRedirects.entityType} = 'person' and ${slugRedirects.targetId} = ${id}`,
      ),
  },
  award: {
    table: awards,
    name: (row) => String(row.name),
    referrers: [
      {
        count: counted(sql`${editions}`, sql`${editions.awardId}`),
        say: (n) => `it has ${plural(n, 'edition', 'editions')} (delete them first)`,
      },
      {
        count: counted(sql`${ingestionSources}`, sql`${ingestionSources.awardId}`),
        say: (n) => `${plural(n, 'ingestion source is', 'ingestion sources are')} about it (change them first)`,
      },
      { count: counted(sql`${candidates}`, sql`${candidates.awardId}`), say: inReview },
    ],
    removeParts: (tx, id) =>
      tx.run(sql`delete from ${canonicalCategories} where ${canonicalCategories.awardId} = ${id}`),
  },
  edition: {
    table: editions,
    name: (row) => String(row.name),
    referrers: [
      {
        count: counted(sql`${categories}`, sql`${categories.editionId}`),
        say: (n) => `it has ${plural(n, 'category', 'categories')} (delete them first)`,
      },
      { count: counted(sql`${candidates}`, sql`${candidates.editionId}`), say: inReview },
    ],
    // The dashboard's counts of an edition without categories are all zero: rows left from earlier ones.
    removeParts: (tx, id) =>
      tx.run(sql`delete from ${editionStatusCounts} where ${editionStatusCounts.editionId} = ${id}`),
  },
  category: {
    table: categories,
    name: (row) => String(row.name),
    referrers: [
      {
        count: counted(sql`${nominations}`, sql`${nominations.categoryId}`),
        say: (n) => `it holds ${plural(n, 'nomination', 'nominations')} (delete them first)`,
      },
      { count: counted(sql`${candidates}`, sql`${candidates.categoryId}`), say: inReview },
    ],
  },
};

export interface RecordDeletion {
  kind: DeletableKind;
  id: number;
  actor: string;
}

/** Deletes the record if nothing refers to it, with its audit entry; returns its name for the message. */
export function deleteUnusedRecord(db: Executor, deletion: RecordDeletion): { name: string } {
  const rules = RULES[deletion.kind];
  return writeTransaction(db, (tx) => {
    const row = tx.select().from(rules.table).where(eq(rules.table.id, deletion.id)).get();
    if (!row) throw new DeleteRefusedError(`This ${deletion.kind} no longer exists: someone else deleted it.`);
    const name = rules.name(row);
    const uses = rules.referrers.flatMap((referrer) => {
      const n = referrer.count(tx, deletion.id);
      return n ? [referrer.say(n)] : [];
    });
    if (uses.length) throw new DeleteRefusedError(`“${name}” was not deleted: ${uses.join('; ')}.`);
    rules.removeParts?.(tx, deletion.id);
    tx.delete(rules.table).where(eq(rules.table.id, deletion.id)).run();
    recordAudit(tx, {
      actor: deletion.actor,
      action: `${deletion.kind}.delete`,
      entityType: deletion.kind,
      entityId: deletion.id,
      before: row,
    });
    return { name };
  });
}
