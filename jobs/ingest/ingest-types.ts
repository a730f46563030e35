// The pieces the ingest job is built from, passed in rather than imported, so the job's own logic (what
// is due, what is stored once, how failures back off) is tested with any fetcher, and so a test can
// put a fixture server or a fixed clock in. The shapes are those of jobs/ingest/fetch.ts, parse.ts,
// jobs/extract and db/queries/candidates/process.ts; jobs/ingest/ingest-deps.ts wires the real ones.
import type { Executor } from '@/db/client';
import type { AnnouncementItem } from '@/db/queries/announcements';
import type { IngestionKind } from '@/db/schema';
import type { ExtractedCandidate } from '@/jobs/extract/types';
import type { FetchResult } from './fetch';

export type FetchOutcome = FetchResult;
export type FoundCandidate = ExtractedCandidate;

export type Extractor = (text: string, hints: { award: string | null; publishedAt: string | null }) => FoundCandidate[];

export interface IngestDeps {
  fetchDocument: (
    url: string,
    validators: { etag?: string | null; lastModified?: string | null },
  ) => Promise<FetchOutcome>;
  parseDocument: (
    kind: IngestionKind,
    text: string,
    context: { url: string; contentType: string | null },
  ) => Promise<AnnouncementItem[]>;
  detectKind: (text: string, contentType: string | null) => IngestionKind | null;
  /** Loads the catalogue once (per run) and returns the extractor over it. */
  loadExtractor: (db: Executor) => Extractor;
  processAnnouncement: (
    db: Executor,
    input: { announcementId: number; candidates: FoundCandidate[]; actor: string },
  ) => { applied: number; confirmed: number; queued: number };
}
