// RSS 0.9x/1.0/2.0 and Atom, read with feedparser (sax underneath), in two passes: a strict one that only
// checks the XML is well-formed (invalid XML is a ParseError naming the line, not a half-read feed), then
// the ordinary one that reads it — feedparser recognises elements by lower-cased name, which sax does only
// in its lenient mode, so the strict pass alone would miss pubDate and rdf:RDF. Entity tricks: sax never
// expands entities declared in a DOCTYPE (no billion laughs, no external entities reading files), and a
// document declaring any is refused outright with a clear message rather than read with holes in its text.
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import { ParseError } from '../parse-error';
import { httpUrlOrNull, toIsoDate, trimmedOrNull, type ReadItem } from './read-item';
import { toPlainText } from './html-text';

export async function parseXmlFeed(text: string, url: string): Promise<ReadItem[]> {
  if (/<!ENTITY/i.test(text)) {
    throw new ParseError('the feed declares its own XML entities, which Laurels does not read (entity expansion risk)');
  }
  await checkWellFormed(text);
  const { items, meta } = await readAll(text, url);
  const feedPublisher = nodeText(meta['dc:publisher']);
  return items.flatMap((item) => {
    const entry = toReadItem(item, feedPublisher, url);
    return entry ? [entry] : [];
  });
}

// sax reports an error for every offending character and carries on, so a megabyte of text that is not
// XML would be a million errors in one write. Fed in pieces and stopped at the first error, the work
// after a document is known to be bad is one piece at most.
const PIECE = 4096;

function piecesOf(text: string): Readable {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE) pieces.push(text.slice(at, at + PIECE));
  return Readable.from(pieces);
}

function stopReading(source: Readable, parser: FeedParser): void {
  source.unpipe(parser);
  source.destroy();
}

function checkWellFormed(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict: true, resume_saxerror: false, addmeta: false });
    const source = piecesOf(text);
    let settled = false;
    parser.on('error', (error: Error) => {
      if (settled) return;
      settled = true;
      stopReading(source, parser);
      // Strict mode does not lower-case names, so feedparser may not recognise a valid feed here: that
      // verdict is left to the reading pass. Only XML errors count.
      if (error.message === 'Not a feed') resolve();
      else reject(toParseError(error));
    });
    parser.on('data', () => {});
    parser.on('end', () => resolve());
    source.pipe(parser);
  });
}

function readAll(text: string, url: string): Promise<{ items: FeedParser.Item[]; meta: FeedParser.Meta }> {
  return new Promise((resolve, reject) => {
    const options: FeedParser.Options = { strict: false, resume_saxerror: false, normalize: true, addmeta: false };
    if (/^https?:/.test(url)) options.feedurl = url;
    const parser = new FeedParser(options);
    const items: FeedParser.Item[] = [];
    const source = piecesOf(text);
    let failed = false;
    parser.on('error', (error: Error) => {
      if (failed) return;
      failed = true;
      stopReading(source, parser);
      reject(toParseError(error));
    });
    parser.on('readable', function (this: FeedParser) {
      for (let item = this.read(); item; item = this.read()) items.push(item);
    });
    parser.on('end', () => {
      if (!failed) resolve({ items, meta: parser.meta });
    });
    source.pipe(parser);
  });
}

function toParseError(error: Error): ParseError {
  if (error.message === 'Not a feed')
    return new ParseError('the document is not an RSS or Atom feed', { cause: error });
  const [reason, line, column] = error.message.split('\n');
  const lineNo = Number(line?.replace(/\D/g, ''));
  const columnNo = Number(column?.replace(/\D/g, ''));
  const where = Number.isFinite(lineNo) && line ? ` at line ${lineNo + 1}, column ${columnNo}` : '';
  return new ParseError(`invalid XML${where}: ${reason ?? error.message}`, { cause: error });
}

function toReadItem(item: FeedParser.Item, feedPublisher: string | null, feedUrl: string): ReadItem | null {
  const title = trimmedOrNull(item.title);
  const body = toPlainText(item.description ?? item.summary);
  const text = body || title || '';
  if (!text) return null;
  return {
    guid: trimmedOrNull(item.guid),
    url: httpUrlOrNull(item.link ?? item.origlink, feedUrl),
    title,
    // Only a publisher the feed states (Dublin Core publisher or an RSS <source>); the feed's own title is
    // not assumed to be the publisher of everything it carries.
    publisher: nodeText(item['dc:publisher']) ?? trimmedOrNull(item.source?.title) ?? feedPublisher,
    publishedAt: toIsoDate(item.pubdate ?? item.date),
    text,
  };
}

/** feedparser keeps namespaced elements as { '#': text, '@': attributes }. */
function nodeText(node: unknown): string | null {
  if (node && typeof node === 'object' && '#' in node) return trimmedOrNull((node as { '#': unknown })['#']);
  return null;
}
