// Announcements: the articles read from ingestion sources, stored once each. An item is known again by
// its guid (the feed's id, else its link, else its content hash) or by the hash of its normalised text,
// so a rerun, a re-published item or a crash halfway through a run never stores it twice.
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { announcements, sources, type Announcement, type Source } from '../schema';
import type { ReadItem } from '@/jobs/ingest/formats/read-item';
import { recordAudit } from './audit';
import { createSource, findSourceByAddress, sourceAddress } from './sources';

/** One item as the parser read it. */
export type AnnouncementItem = ReadItem;

export interface StoreAnnouncementInput {
  ingestionSourceId: number | null;
  item: AnnouncementItem;
  /** 'feed' for an item read from a feed, 'article' for a single page (the default). */
  sourceKind?: 'feed' | 'article';
  /** Who the audit log names; default INGEST_ACTOR. */
  actor?: string;
}

const INGEST_ACTOR = 'job:ingest';

/** Whitespace and letter case do not make two copies of one text different. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function contentHashOf(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

const isWebUrl = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/** A calendar date for sources.published_on (it holds dates only), or null when unreadable. */
function publishedOnOf(publishedAt: string | null): string | null {
  const date = publishedAt ? new Date(publishedAt) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null;
}

/**
 * The citation source for an item: the one with its address, else one holding the same text (the seed
 * article is stored without an address), else a new one.
 */
function citationSourceFor(tx: Executor, input: StoreAnnouncementInput, hash: string): Source {
  const { item } = input;
  const url = isWebUrl(item.url) ? sourceAddress(item.url) : null;
  if (url) {
    const byUrl = findSourceByAddress(tx, item.url!);
    if (byUrl) return byUrl;
  }
  const sameText = tx
    .select()
    .from(sources)
    .where(and(isNull(sources.url), isNotNull(sources.body)))
    .all()
    .find((row) => row.body !== null && contentHashOf(row.body) === hash);
  if (sameText) return sameText;
  return createSource(
    tx,
    {
      kind: input.sourceKind ?? 'article',
      url,
      title: item.title,
      publisher: item.publisher,
      publishedOn: publishedOnOf(item.publishedAt),
      body: item.text,
    },
    input.actor ?? INGEST_ACTOR,
  );
}

/** Stores an item once, with its citation source, in one transaction; `created` is false when known. */
export function storeAnnouncement(
  db: Executor,
  input: StoreAnnouncementInput,
): { announcement: Announcement; created: boolean } {
  const { item } = input;
  const hash = contentHashOf(item.text);
  const guid = item.guid?.trim() || (item.url?.trim() ?? '') || `sha256:${hash}`;
  return writeTransaction(db, (tx) => {
    const known =
      tx.select().from(announcements).where(eq(announcements.guid, guid)).get() ??
      tx.select().from(announcements).where(eq(announcements.contentHash, hash)).get();
    if (known) return { announcement: known, created: false };
    const source = citationSourceFor(tx, input, hash);
    const announcement = tx
      .insert(announcements)
      .values({
        ingestionSourceId: input.ingestionSourceId,
        guid,
        url: item.url,
        title: item.title,
        publisher: item.publisher,
        publishedAt: item.publishedAt,
        body: item.text,
        contentHash: hash,
        sourceId: source.id,
      })
      .returning()
      .get();
    recordAudit(tx, {
      actor: input.actor ?? INGEST_ACTOR,
      action: 'announcement.create',
      entityType: 'announcement',
      entityId: announcement.id,
      after: { guid, title: item.title, url: item.url, sourceId: source.id },
    });
    return { announcement, created: true };
  });
}

/** Announcements not yet through extraction, oldest first; `ids` narrows them to one read's items. */
export function listUnprocessedAnnouncements(db: Executor, ids?: number[]): Announcement[] {
  const unprocessed = isNull(announcements.processedAt);
  return db
    .select()
    .from(announcements)
    .where(ids ? and(unprocessed, inArray(announcements.id, ids)) : unprocessed)
    .orderBy(asc(announcements.fetchedAt), asc(announcements.id))
    .all();
}
