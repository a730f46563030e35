// `laurels ingest URL|--source ID`: one read of one feed or page, now, whatever its schedule, then the
// extraction of what it stored. A URL that is not a stored source is read all the same; its
// announcements belong to no source. A stored source's run state is updated as the job would.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ingestionSources, type IngestionKind, type IngestionSource } from '@/db/schema';
import { processPendingAnnouncements, type ProcessCounts } from './ingest-process';
import { readSource, type ReadResult } from './ingest-source';
import { recordSourceFailure, recordSourceSuccess } from './ingest-source-state';
import type { IngestDeps } from './ingest-types';

export interface IngestOnceInput {
  url?: string;
  sourceId?: number;
  kind?: IngestionKind;
  actor: string;
  now?: () => Date;
}

export class IngestTargetError extends Error {
  override name = 'IngestTargetError';
}

function findSource(db: Db, input: IngestOnceInput): IngestionSource | undefined {
  if (input.sourceId !== undefined) {
    const source = db.select().from(ingestionSources).where(eq(ingestionSources.id, input.sourceId)).get();
    if (!source) throw new IngestTargetError(`There is no source with id ${input.sourceId}.`);
    return source;
  }
  return db
    .select()
    .from(ingestionSources)
    .where(eq(ingestionSources.url, input.url ?? ''))
    .get();
}

export async function ingestOnce(
  db: Db,
  deps: IngestDeps,
  input: IngestOnceInput,
): Promise<{ url: string; read: ReadResult; processed: ProcessCounts }> {
  const now = input.now ?? (() => new Date());
  const source = findSource(db, input);
  const url = source?.url ?? input.url;
  if (!url) throw new IngestTargetError('Give a URL or --source ID.');
  let read: ReadResult;
  try {
    // No validators: a read asked for by hand shows what is there, never "not modified".
    read = await readSource(db, deps, {
      url,
      kind: input.kind ?? source?.kind ?? null,
      ingestionSourceId: source?.id ?? null,
      actor: input.actor,
    });
  } catch (error) {
    if (source) recordSourceFailure(db, source, now(), error instanceof Error ? error.message : String(error));
    throw error;
  }
  if (source && read.status === 'fresh') {
    recordSourceSuccess(db, source.id, now(), { etag: read.etag, lastModified: read.lastModified });
  }
  const ids = read.status === 'fresh' ? read.announcementIds : [];
  const processed = processPendingAnnouncements(db, deps, { actor: input.actor, ids });
  return { url, read, processed };
}

/** What `laurels ingest` prints. */
export function describeIngest(result: Awaited<ReturnType<typeof ingestOnce>>): string {
  const { url, read, processed } = result;
  if (read.status === 'not-modified') return `${url}: not modified since the last read.`;
  const lines = [
    `${url} (${read.kind}): ${read.items} item(s) read, ${read.stored} stored, ${read.known} already stored.`,
    `${processed.processed} announcement(s) processed: ${processed.applied} applied, ${processed.confirmed} confirmed, ${processed.queued} queued for review.`,
  ];
  if (processed.processErrors > 0) lines.push(`${processed.processErrors} announcement(s) could not be processed.`);
  return lines.join('\n');
}
