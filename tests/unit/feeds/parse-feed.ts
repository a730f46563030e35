// Reads a produced feed back with feedparser, a parser independent of the library that wrote it, and
// calls the feed route handlers the way Next.js does (a Request and a promise of the params).
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';

export interface ParsedFeed {
  meta: FeedParser.Meta;
  items: FeedParser.Item[];
}

export function parseFeed(xml: string): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ addmeta: false });
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read() as FeedParser.Item | null)) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

/** A GET as a reader behind a proxy would send it, so that the feed's absolute links use that origin. */
export function feedRequest(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost:3000${path}`, {
    headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'laurels.example', ...headers },
  });
}

export function paramsOf<T extends Record<string, string>>(params: T): { params: Promise<T> } {
  return { params: Promise.resolve(params) };
}
