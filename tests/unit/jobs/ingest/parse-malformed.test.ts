// Malformed and hostile documents: every one is a ParseError with a readable message, never a crash,
// never a hang, never a file read.
import { describe, expect, it } from 'vitest';
import { parseDocument, ParseError } from '@/jobs/ingest/parse';
import type { IngestionKind } from '@/db/schema';

const context = { url: 'https://news.example.org/feed', contentType: null };

async function parseError(kind: IngestionKind, text: string): Promise<ParseError> {
  const error = await parseDocument(kind, text, context).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

describe('parseDocument on malformed documents', () => {
  it('refuses broken XML, naming where', async () => {
    const broken =
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n<item><title>A</title></chanel></rss>';
    expect((await parseError('rss', broken)).message).toMatch(
      /^invalid XML at line 3, column \d+: Unexpected close tag/,
    );
    expect((await parseError('atom', '<feed xmlns="http://www.w3.org/2005/Atom"><entry>')).message).toMatch(
      /^invalid XML/,
    );
  });

  it('tolerates HTML entities such as &nbsp;, which feeds often use without declaring them', async () => {
    const text = '<rss version="2.0"><channel><title>t</title><item><title>A&nbsp;B</title></item></channel></rss>';
    expect(await parseDocument('rss', text, context)).toMatchObject([{ title: 'A B' }]);
  });

  it('refuses entity expansion (billion laughs) quickly, without expanding anything', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;
    const started = Date.now();
    expect((await parseError('rss', bomb)).message).toMatch(/declares its own XML entities/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('never reads files through external entities', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title><item><description>&xxe;</description></item></channel></rss>';
    const error = await parseError('rss', xxe);
    expect(error.message).not.toContain('root:');
    // Even a DOCTYPE-less reference to an unknown entity is an XML error, not a lookup.
    const bare =
      '<rss version="2.0"><channel><title>t</title><item><description>&xxe;</description></item></channel></rss>';
    expect((await parseError('rss', bare)).message).toMatch(/Invalid character entity/);
  });

  it('says so when an HTML page comes where a feed was expected', async () => {
    const page = '<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>';
    expect((await parseError('rss', page)).message).toBe('expected an RSS feed but got an HTML page');
    expect((await parseError('atom', page)).message).toBe('expected an Atom feed but got an HTML page');
    expect((await parseError('json', page)).message).toBe('expected a JSON Feed but got an HTML page');
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';
    expect((await parseError('html', rss)).message).toBe('expected an HTML page but got an RSS feed');
    expect((await parseError('rss', '{"version":"x"}')).message).toBe('expected an RSS feed but got JSON');
  });

  it('refuses XML that is not a feed', async () => {
    expect((await parseError('rss', '<?xml version="1.0"?><catalog><book/></catalog>')).message).toBe(
      'the document is not an RSS or Atom feed',
    );
  });

  it('refuses JSON that is not a JSON Feed, saying what is wrong', async () => {
    expect((await parseError('json', '{"version": "https://jsonfeed.org/version/1.1", "items": [')).message).toMatch(
      /^the document is not valid JSON/,
    );
    expect((await parseError('json', '{"title": "x", "items": []}')).message).toMatch(
      'not a JSON Feed: "version" is missing: a JSON Feed names its version',
    );
    expect((await parseError('json', '[1, 2, 3]')).message).toMatch(/^not a JSON Feed/);
    const noIds = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{ title: 'x' }] });
    expect((await parseError('json', noIds)).message).toBe('not a JSON Feed: "items.0.id" is missing or not valid');
  });

  it('refuses an empty document', async () => {
    for (const kind of ['rss', 'atom', 'json', 'html'] as const) {
      expect((await parseError(kind, '  \n ')).message).toBe('the document is empty');
    }
  });

  it('says so when plain text comes where an article page was expected', async () => {
    expect((await parseError('html', 'IDA announces its 2016 nominees.')).message).toBe(
      'the page is not HTML: it holds no element at all',
    );
  });

  it('reads Latin-1 text that was decoded correctly, and does not care what the declaration claimed', async () => {
    // The fetcher decodes bytes (see fetch-decode.test.ts); by then the declaration is only a label.
    const text =
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title><item><title>Caf\u00e9 society</title></item></channel></rss>';
    expect(await parseDocument('rss', text, context)).toMatchObject([{ title: 'Caf\u00e9 society' }]);
  });
});
