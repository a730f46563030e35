// createNomination for a bulk import, queued with the import's other rows (insert-bulk.ts): the same rows,
// the same status history and the same audit entry, checked by the same rules (db/rules/status.ts,
// db/rules/nominee-key.ts). The caller's transaction holds it all; there is no savepoint per nomination.
import type Database from 'better-sqlite3';
import { rawClient, type Executor } from '../client';
import { nomineeKey } from '../rules/nominee-key';
import { nominations, type NominationStatus } from '../schema';
import { auditCreates } from './audit-bulk';
import { prepare, type InsertBatch, type InsertQueue } from './insert-bulk';
import { historyOf, type NewNomination } from './nominations';

/** What the import needs of a nomination it found or created: which one, and its status now. */
export interface BulkNomination {
  id: number;
  status: NominationStatus;
}

export class BulkNominations {
  private readonly find: Database.Statement;
  private readonly nominations: InsertQueue;
  private readonly films: InsertQueue;
  private readonly people: InsertQueue;
  private readonly events: InsertQueue;
  /** Nominations created by this import, by category and nominee key: the table has them only once flushed. */
  private readonly created = new Map<string, BulkNomination>();

  constructor(
    tx: Executor,
    batch: InsertBatch,
    /** Who the audit log names for every nomination created: the actor of each one's reason. */
    private readonly actor: string,
  ) {
    this.find = rawClient(tx).prepare('select id, status from nominations where category_id = ? and nominee_key = ?');
    this.nominations = batch.queue(
      'nominations',
      ['id', 'category_id', 'nominee_key', 'status', 'display_name', 'detail', 'note', 'citation', 'position'],
      {
        fillIns: [
          countNewNominations,
          auditCreates(actor, 'nomination', nominations, ['categoryId', 'nomineeKey', 'status']),
        ],
      },
    );
    this.films = batch.queue('nomination_films', ['nomination_id', 'film_id', 'position']);
    this.people = batch.queue('nomination_people', ['nomination_id', 'person_id', 'position']);
    this.events = batch.queue('status_events', [
      'nomination_id',
      'from_status',
      'to_status',
      'occurred_on',
      'source_id',
      'note',
      'actor',
    ]);
  }

  /**
   * What createNomination does: the nomination holding this nominee in this category, or a new one.
   * A caller that has the nominee key already may give it; one that knows every nomination of the
   * category (the importer reads its award's once) may say the nomination is new, which skips a lookup
   * that would only confirm it (and should it be wrong, the unique index refuses the row).
   */
  create(
    input: NewNomination,
    known: { key?: string; isNew?: boolean } = {},
  ): { created: boolean; nomination: BulkNomination } {
    const key = known.key ?? nomineeKey(input);
    const slot = `${input.categoryId}\t${key}`;
    const existing = known.isNew ? undefined : (this.created.get(slot) ?? this.lookup(input.categoryId, key));
    if (existing) return { created: false, nomination: existing };
    if (input.reason.actor !== this.actor) {
      throw new Error(`Bulk nominations are audited as ${this.actor}, not ${input.reason.actor}`);
    }
    const steps = historyOf(input);
    const id = this.nominations.newId();
    this.nominations.add([
      id,
      input.categoryId,
      key,
      input.status,
      input.displayName ?? null,
      input.detail ?? null,
      input.note ?? null,
      input.citation ?? null,
      input.position ?? 0,
    ]);
    input.filmIds.forEach((filmId, position) => this.films.add([id, filmId, position]));
    input.personIds.forEach((personId, position) => this.people.add([id, personId, position]));
    let from: NominationStatus | null = null;
    for (const { status, reason } of steps) {
      this.events.add([
        id,
        from,
        status,
        reason.occurredOn ?? null,
        reason.sourceId ?? null,
        reason.note ?? null,
        reason.actor,
      ]);
      from = status;
    }
    const nomination = { id, status: input.status };
    this.created.set(slot, nomination);
    return { created: true, nomination };
  }

  private lookup(categoryId: number, key: string): BulkNomination | undefined {
    return this.find.get(categoryId, key) as BulkNomination | undefined;
  }
}

/**
 * Adds the nominations with ids first to last to the dashboard's counts per edition and status, which
 * their insert trigger (migration 0008) left to the bulk writer (migration 0009).
 */
function countNewNominations(client: Database.Database, first: number, last: number): void {
  prepare(
    client,
    `insert into edition_status_counts (edition_id, status, nominations)
       select c.edition_id, n.status, count(*) from nominations n join categories c on c.id = n.category_id
        where n.id between ? and ? group by c.edition_id, n.status
       on conflict (edition_id, status) do update set nominations = nominations + excluded.nominations`,
  ).run(first, last);
}
