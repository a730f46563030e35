// Reads a fetched document into announcements (ReadItem[]), whatever its format: RSS 0.9x/1.0/2.0 and Atom
// through feedparser, JSON Feed through zod, a single article page through JSON-LD or Readability. Every
// failure — invalid XML, entity tricks, an HTML page where a feed was expected, JSON that is not a JSON
// Feed — is a ParseError with a message an admin can read; nothing else escapes.
import type { IngestionKind } from '@/db/schema';
import { ParseError } from './parse-error';
import { describeKind, detectKind } from './formats/detect-kind';
import { parseHtmlArticle } from './formats/html-article';
import { parseJsonFeed } from './formats/json-feed';
import type { ReadItem } from './formats/read-item';
import { parseXmlFeed } from './formats/xml-feed';

export { ParseError } from './parse-error';
export { detectKind } from './formats/detect-kind';
export type { ReadItem } from './formats/read-item';

export interface ParseContext {
  url: string;
  contentType: string | null;
}

export async function parseDocument(kind: IngestionKind, text: string, context: ParseContext): Promise<ReadItem[]> {
  if (text.trim() === '') throw new ParseError('the document is empty');
  checkKind(kind, detectKind(text, context.contentType));
  try {
    if (kind === 'json') return parseJsonFeed(text, context.url);
    if (kind === 'html') return parseHtmlArticle(text, context.url);
    return await parseXmlFeed(text, context.url);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    // A library failing on input it should have rejected is still the document's fault, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParseError(`the document could not be read as ${describeKind(kind)}: ${reason}`, { cause: error });
  }
}

/** RSS and Atom share one reader, so either is accepted for the other; any other mismatch is refused. */
function checkKind(expected: IngestionKind, found: IngestionKind | null): void {
  if (found === null || found === expected) return;
  const feeds: IngestionKind[] = ['rss', 'atom'];
  if (feeds.includes(expected) && feeds.includes(found)) return;
  // Text that merely starts with "{" is JSON, not necessarily a JSON Feed: say only what is known.
  const got = found === 'json' ? 'JSON' : describeKind(found);
  throw new ParseError(`expected ${describeKind(expected)} but got ${got}`);
}
