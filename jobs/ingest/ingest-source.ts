// One read of one feed or page: fetch it (conditionally, with the validators of the last read), tell
// its kind when it is not known, parse it, and store each item once (one transaction per item, so a
// crash keeps every item stored before it and the next run stores the rest).
import type { Executor } from '@/db/client';
import { storeAnnouncement } from '@/db/queries/announcements';
import type { IngestionKind } from '@/db/schema';
import type { IngestDeps } from './ingest-types';

export interface ReadTarget {
  url: string;
  /** null: detect it from the document. */
  kind: IngestionKind | null;
  ingestionSourceId: number | null;
  etag?: string | null;
  lastModified?: string | null;
  actor: string;
}

export type ReadResult =
  | { status: 'not-modified' }
  | {
      status: 'fresh';
      kind: IngestionKind;
      items: number;
      stored: number;
      known: number;
      announcementIds: number[];
      etag: string | null;
      lastModified: string | null;
    };

export class UnknownKindError extends Error {
  override name = 'UnknownKindError';
}

export async function readSource(db: Executor, deps: IngestDeps, target: ReadTarget): Promise<ReadResult> {
  const fetched = await deps.fetchDocument(target.url, { etag: target.etag, lastModified: target.lastModified });
  if (fetched.status === 'not-modified') return { status: 'not-modified' };
  const kind = target.kind ?? deps.detectKind(fetched.text, fetched.contentType);
  if (!kind) {
    throw new UnknownKindError(`${target.url} is neither a feed nor an article page Laurels can read.`);
  }
  const items = await deps.parseDocument(kind, fetched.text, {
    url: fetched.finalUrl,
    contentType: fetched.contentType,
  });
  const result = { stored: 0, known: 0, announcementIds: [] as number[] };
  for (const item of items) {
    const text = item.text.trim() || item.title?.trim() || '';
    if (!text) continue; // nothing to read in it, nothing to cite
    const { announcement, created } = storeAnnouncement(db, {
      ingestionSourceId: target.ingestionSourceId,
      item: { ...item, text },
      sourceKind: kind === 'html' ? 'article' : 'feed',
      actor: target.actor,
    });
    result.announcementIds.push(announcement.id);
    if (created) result.stored += 1;
    else result.known += 1;
  }
  return {
    status: 'fresh',
    kind,
    items: items.length,
    ...result,
    etag: fetched.etag,
    lastModified: fetched.lastModified,
  };
}
