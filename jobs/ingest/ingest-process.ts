// Turns stored announcements into candidates: extraction over the catalogue (loaded once per call),
// then processAnnouncement, which stores them, applies or queues each and marks the announcement
// processed in one transaction. Oldest first; one that fails is counted and left for the next run,
// and the others go on.
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { listUnprocessedAnnouncements } from '@/db/queries/announcements';
import { awards, ingestionSources } from '@/db/schema';
import { foldText } from '@/db/rules/text';
import type { IngestDeps } from './ingest-types';

export interface ProcessCounts {
  processed: number;
  applied: number;
  confirmed: number;
  queued: number;
  processErrors: number;
}

/** The award a source is about, as extraction's hint. */
function awardHintFor(db: Executor, ingestionSourceId: number | null): string | null {
  if (ingestionSourceId === null) return null;
  const row = db
    .select({ name: awards.name })
    .from(ingestionSources)
    .innerJoin(awards, eq(awards.id, ingestionSources.awardId))
    .where(eq(ingestionSources.id, ingestionSourceId))
    .get();
  return row?.name ?? null;
}

/**
 * What extraction reads of an announcement: its headline, then its body. A feed item keeps its headline
 * apart (<title>), and the headline often says what the body leaves to it: the year ("tops the 2023 IDA
 * Documentary Awards", where the body says only "on Tuesday") or the winner. An article whose body
 * already opens with its headline is read once.
 */
export function withHeadline(title: string | null, body: string): string {
  if (!title || foldText(body).startsWith(foldText(title))) return body;
  return `${title}\n\n${body}`;
}

export function processPendingAnnouncements(
  db: Executor,
  deps: IngestDeps,
  options: { actor: string; ids?: number[]; log?: (message: string) => void },
): ProcessCounts {
  const counts: ProcessCounts = { processed: 0, applied: 0, confirmed: 0, queued: 0, processErrors: 0 };
  const pending = listUnprocessedAnnouncements(db, options.ids);
  if (pending.length === 0) return counts;
  const extract = deps.loadExtractor(db);
  for (const announcement of pending) {
    try {
      const candidates = extract(withHeadline(announcement.title, announcement.body), {
        award: awardHintFor(db, announcement.ingestionSourceId),
        publishedAt: announcement.publishedAt,
      });
      const done = deps.processAnnouncement(db, { announcementId: announcement.id, candidates, actor: options.actor });
      counts.processed += 1;
      counts.applied += done.applied;
      counts.confirmed += done.confirmed;
      counts.queued += done.queued;
    } catch (error) {
      counts.processErrors += 1;
      options.log?.(`announcement ${announcement.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return counts;
}
