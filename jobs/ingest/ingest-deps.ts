// The real pieces of the ingest job: the safe fetcher, the feed and page parsers, the extractor over
// the catalogue (loaded once per run) and the candidate processor.
import { processAnnouncement } from '@/db/queries/candidates/process';
import { extractCandidates, loadExtractCatalogue } from '../extract';
import { fetchDocument } from './fetch';
import { detectKind, parseDocument } from './parse';
import type { IngestDeps } from './ingest-types';

export const ingestDeps: IngestDeps = {
  fetchDocument: (url, validators) => fetchDocument(url, validators),
  parseDocument,
  detectKind,
  loadExtractor: (db) => {
    const catalogue = loadExtractCatalogue(db);
    return (text, hints) => extractCandidates(text, catalogue, hints);
  },
  processAnnouncement,
};

/** Async so callers can load the parsers and the extractor only when a job first needs them. */
export async function loadIngestDeps(): Promise<IngestDeps> {
  return ingestDeps;
}
