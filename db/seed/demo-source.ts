// The offline demo: one enabled source that reads a small feed shipped with Laurels
// (db/seed/feeds/demo-announcements.xml, real announcements), so the first start shows the whole path —
// the job reads it, candidates appear, the public pages cite the announcement — with no network.
// Idempotent: once the source exists (even disabled or edited by an admin) it is left as it is.
import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { addSource } from '../queries/ingestion-sources';
import { DEFAULT_SCHEDULE } from '../queries/ingestion-source-fields';
import { ingestionSources } from '../schema';

export const DEMO_SOURCE_URL = 'bundled:demo-announcements.xml';

/** Adds the demo source unless it is there; returns true when it was added. */
export function seedDemoSource(tx: Executor): boolean {
  const existing = tx
    .select({ id: ingestionSources.id })
    .from(ingestionSources)
    .where(eq(ingestionSources.url, DEMO_SOURCE_URL))
    .get();
  if (existing) return false;
  addSource(tx, {
    fields: {
      url: DEMO_SOURCE_URL,
      kind: 'rss',
      schedule: DEFAULT_SCHEDULE,
      award: null,
      name: 'Laurels demo feed (bundled, offline)',
    },
    actor: 'seed',
  });
  return true;
}
