// Telling what a new source's address serves (rss, atom, json or html) by fetching it once, for
// `laurels sources add` without --kind and the admin form's "Detect". Nothing is stored: the job fetches
// again on its schedule, with its own validators.
import type { IngestionKind } from '../db/schema';
import { fetchDocument } from './ingest/fetch';
import { detectKind } from './ingest/parse';

/** A kind that could not be told, with a reason an admin can act on (choose the kind, fix the address). */
export class DetectKindError extends Error {
  override name = 'DetectKindError';
  readonly userFacing = true;
}

/** Time and size limits for this one interactive read: an admin is waiting for the answer. */
const DETECT_LIMITS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };

export async function detectSourceKind(url: string): Promise<IngestionKind> {
  let document;
  try {
    document = await fetchDocument(url, {}, DETECT_LIMITS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DetectKindError(
      `Could not read ${url} to tell its kind: ${reason}. Choose the kind, or check the address.`,
    );
  }
  // No validators were sent, so a 304 is the server's oddity: it told nothing.
  const kind = document.status === 'fresh' ? detectKind(document.text, document.contentType) : null;
  if (!kind) throw new DetectKindError(`Could not tell whether ${url} is a feed or an article page: choose its kind.`);
  return kind;
}
