// What must hold in a Laurels database wherever a crash landed: SQLite's own check, and no status
// without its history and audit entry. Each query returns the offending rows, so a failure names them.
import type { Db } from '@/db/client';

export const integrity = (db: Db) => db.$client.pragma('integrity_check', { simple: true });

/** Nominations whose status is not the to_status of their latest status event. */
export function statusesWithoutHistory(db: Db): unknown[] {
  return db.$client
    .prepare(
      `select n.id, n.status, e.to_status as latest
         from nominations n
         left join status_events e on e.id = (select max(id) from status_events where nomination_id = n.id)
        where e.to_status is not n.status`,
    )
    .all();
}

/**
 * For nominations created with a one-step history (nominated): those whose later events, audit entries
 * ('nomination.status') and version bumps do not all agree, or without their one 'nomination.create'.
 */
export function statusChangesWithoutAudit(db: Db): unknown[] {
  return db.$client
    .prepare(
      `select * from (
         select n.id, n.version,
                (select count(*) from status_events where nomination_id = n.id) - 1 as changes,
                (select count(*) from audit_log where entity_type = 'nomination' and entity_id = n.id
                                                 and action = 'nomination.status') as audited,
                (select count(*) from audit_log where entity_type = 'nomination' and entity_id = n.id
                                                 and action = 'nomination.create') as created
           from nominations n)
        where changes <> audited or version <> changes + 1 or created <> 1`,
    )
    .all();
}

/** Counts of every catalogue table the importer writes, to compare two databases. */
export function catalogueCounts(db: Db): Record<string, number> {
  const tables = [
    'editions',
    'categories',
    'canonical_categories',
    'category_aliases',
    'films',
    'film_aliases',
    'people',
    'person_aliases',
    'credits',
    'nominations',
    'nomination_films',
    'nomination_people',
    'status_events',
    'audit_log',
    'search_index',
  ];
  return Object.fromEntries(
    tables.map((table) => [table, db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number]),
  );
}
