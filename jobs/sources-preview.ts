// "Fetch now" on a source's admin page: reads the source once (no validators, so the whole document comes
// back), parses it, and runs the extractor on each item, to show what the job would find there. Writes
// nothing — not the announcements, not the candidates, not even the source's health — so trying a source
// is safe. A failure comes back as the message the job would store as the source's error.
import type { Executor } from '../db/client';
import { getSource } from '../db/queries/ingestion-sources';
import { extractCandidates, loadExtractCatalogue, type ExtractedCandidate } from './extract';
import { fetchDocument } from './ingest/fetch';
import { parseDocument } from './ingest/parse';

export interface PreviewItem {
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The first characters of the item's text. */
  excerpt: string;
  candidates: ExtractedCandidate[];
}

export type SourcePreview = { ok: true; items: PreviewItem[]; total: number } | { ok: false; error: string };

const EXCERPT_LENGTH = 300;
/** A preview is for a person to read: a long feed is cut, the count says so. */
const MAX_ITEMS = 30;
const PREVIEW_LIMITS = { timeoutMs: 15_000 };

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

export async function previewSource(db: Executor, sourceId: number): Promise<SourcePreview | null> {
  const source = getSource(db, sourceId);
  if (!source) return null;
  try {
    const document = await fetchDocument(source.url, {}, PREVIEW_LIMITS);
    if (document.status !== 'fresh')
      return { ok: false, error: 'the server answered “not modified” to a plain request' };
    const items = await parseDocument(source.kind, document.text, {
      url: document.finalUrl,
      contentType: document.contentType,
    });
    const catalogue = loadExtractCatalogue(db);
    const hints = (publishedAt: string | null) => ({ award: source.awardSlug, publishedAt });
    return {
      ok: true,
      total: items.length,
      items: items.slice(0, MAX_ITEMS).map((item) => ({
        title: item.title,
        url: item.url,
        publishedAt: item.publishedAt,
        excerpt: excerpt(item.text),
        candidates: extractCandidates(item.text, catalogue, hints(item.publishedAt)),
      })),
    };
  } catch (error) {
    // FetchError and ParseError carry messages written for an admin; anything else is still only shown.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
