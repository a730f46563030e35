// createNomination for a bulk import, on statements prepared once (see audit-bulk.ts): the same rows,
// the same status history and the same audit entry, checked by the same rules (db/rules/status.ts,
// db/rules/nominee-key.ts). The caller's transaction holds it all; there is no savepoint per nomination.
import type Database from 'better-sqlite3';
import type { Executor } from '../client';
import { nomineeKey } from '../rules/nominee-key';
import { nominations, type Nomination, type NominationStatus } from '../schema';
import { BulkAudit, insertAndRead, mapRow, rawClient } from './audit-bulk';
import { historyOf, type CreateResult, type NewNomination } from './nominations';

export class BulkNominations {
  private readonly find: Database.Statement;
  private readonly byId: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly insertFilm: Database.Statement;
  private readonly insertPerson: Database.Statement;
  private readonly insertEvent: Database.Statement;
  private readonly audit: BulkAudit;

  constructor(tx: Executor) {
    const client = rawClient(tx);
    this.byId = client.prepare('select * from nominations where id = ?');
    this.find = client.prepare('select * from nominations where category_id = ? and nominee_key = ?');
    this.insert = client.prepare(
      `insert into nominations (category_id, nominee_key, status, display_name, detail, note, citation, position)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertFilm = client.prepare(
      'insert into nomination_films (nomination_id, film_id, position) values (?, ?, ?)',
    );
    this.insertPerson = client.prepare(
      'insert into nomination_people (nomination_id, person_id, position) values (?, ?, ?)',
    );
    this.insertEvent = client.prepare(
      `insert into status_events (nomination_id, from_status, to_status, occurred_on, source_id, note, actor)
       values (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.audit = new BulkAudit(client);
  }

  /** What createNomination does: the nomination holding this nominee in this category, or a new one. */
  create(input: NewNomination): CreateResult {
    const key = nomineeKey(input);
    const row = (raw: unknown) => mapRow<Nomination>(nominations, raw as Record<string, unknown>);
    const existing = this.find.get(input.categoryId, key);
    if (existing) return { created: false, nomination: row(existing) };
    const steps = historyOf(input);
    const nomination = insertAndRead<Nomination>(this.insert, this.byId, nominations, [
      input.categoryId,
      key,
      input.status,
      input.displayName ?? null,
      input.detail ?? null,
      input.note ?? null,
      input.citation ?? null,
      input.position ?? 0,
    ]);
    input.filmIds.forEach((filmId, position) => this.insertFilm.run(nomination.id, filmId, position));
    input.personIds.forEach((personId, position) => this.insertPerson.run(nomination.id, personId, position));
    let from: NominationStatus | null = null;
    for (const { status, reason } of steps) {
      this.insertEvent.run(
        nomination.id,
        from,
        status,
        reason.occurredOn ?? null,
        reason.sourceId ?? null,
        reason.note ?? null,
        reason.actor,
      );
      from = status;
    }
    this.audit.record({
      actor: input.reason.actor,
      action: 'nomination.create',
      entityType: 'nomination',
      entityId: nomination.id,
      after: { categoryId: input.categoryId, nomineeKey: key, status: input.status },
    });
    return { created: true, nomination };
  }
}
