// parseDocument on feeds written for the test, one per format: RSS 2.0, RSS 1.0 (RDF), Atom, JSON Feed.
import { describe, expect, it } from 'vitest';
import { detectKind, parseDocument } from '@/jobs/ingest/parse';

const context = { url: 'https://news.example.org/feed', contentType: null };

const RSS_2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example Film News</title>
    <link>https://news.example.org/</link>
    <item>
      <title>Test Film One &amp; Friends nominated</title>
      <link>/2024/test-film-one</link>
      <guid isPermaLink="false">example-1</guid>
      <pubDate>Tue, 06 Dec 2016 10:00:00 GMT</pubDate>
      <dc:publisher>Example Press</dc:publisher>
      <description><![CDATA[<p>First paragraph with <b>bold</b> text.</p><script>alert("x")</script><p>Second&nbsp;paragraph.<br>New line.</p>]]></description>
    </item>
    <item>
      <title>Headline only</title>
      <guid>https://news.example.org/2024/headline-only</guid>
    </item>
  </channel>
</rss>`;

const RSS_1 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example.org/">
    <title>Example RDF</title>
    <link>https://news.example.org/</link>
    <description>RSS 1.0 test feed</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://news.example.org/rdf-1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://news.example.org/rdf-1">
    <title>Test Film Two wins</title>
    <link>https://news.example.org/rdf-1</link>
    <description>Test Film Two won the Example Award.</description>
    <dc:date>2017-02-26T20:00:00Z</dc:date>
    <dc:publisher>RDF Press</dc:publisher>
  </item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <id>urn:example:feed</id>
  <updated>2023-12-12T00:00:00Z</updated>
  <entry>
    <title type="html">Test Film Three &lt;em&gt;shortlisted&lt;/em&gt;</title>
    <id>urn:example:entry-3</id>
    <link rel="alternate" href="https://news.example.org/atom-3"/>
    <published>2023-12-12T08:30:00+01:00</published>
    <updated>2023-12-13T00:00:00Z</updated>
    <content type="html">&lt;p&gt;Test Film Three is on the shortlist.&lt;/p&gt;&lt;p&gt;More to come.&lt;/p&gt;</content>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Example JSON',
  items: [
    {
      id: 'j-1',
      url: 'https://news.example.org/json-1',
      title: 'Test Film Four nominated',
      content_html: '<p>Test Film Four is nominated.</p><style>p{}</style><p>Second.</p>',
      date_published: '2024-01-23T13:30:00Z',
    },
    { id: 2, content_text: 'Plain text & no markup.\n\nSecond paragraph.', url: 'javascript:alert(1)' },
  ],
});

describe('parseDocument by format', () => {
  it('reads RSS 2.0: HTML descriptions become plain text, relative links resolve, no publisher is guessed', async () => {
    const items = await parseDocument('rss', RSS_2, context);
    expect(items).toEqual([
      {
        guid: 'example-1',
        url: 'https://news.example.org/2024/test-film-one',
        title: 'Test Film One & Friends nominated',
        publisher: 'Example Press',
        publishedAt: '2016-12-06T10:00:00.000Z',
        text: 'First paragraph with bold text.\n\nSecond paragraph.\nNew line.',
      },
      {
        guid: 'https://news.example.org/2024/headline-only',
        url: 'https://news.example.org/2024/headline-only',
        title: 'Headline only',
        publisher: null,
        publishedAt: null,
        text: 'Headline only',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF)', async () => {
    const [item, ...rest] = await parseDocument('rss', RSS_1, context);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      url: 'https://news.example.org/rdf-1',
      title: 'Test Film Two wins',
      publisher: 'RDF Press',
      publishedAt: '2017-02-26T20:00:00.000Z',
      text: 'Test Film Two won the Example Award.',
    });
  });

  it('reads Atom, with HTML titles and content as text', async () => {
    expect(await parseDocument('atom', ATOM, context)).toEqual([
      {
        guid: 'urn:example:entry-3',
        url: 'https://news.example.org/atom-3',
        title: 'Test Film Three shortlisted',
        publisher: null,
        publishedAt: '2023-12-12T07:30:00.000Z',
        text: 'Test Film Three is on the shortlist.\n\nMore to come.',
      },
    ]);
  });

  it('reads JSON Feed 1.1, keeping only http(s) links', async () => {
    expect(await parseDocument('json', JSON_FEED, context)).toEqual([
      {
        guid: 'j-1',
        url: 'https://news.example.org/json-1',
        title: 'Test Film Four nominated',
        publisher: null,
        publishedAt: '2024-01-23T13:30:00.000Z',
        text: 'Test Film Four is nominated.\n\nSecond.',
      },
      {
        guid: '2',
        url: null,
        title: null,
        publisher: null,
        publishedAt: null,
        text: 'Plain text & no markup.\n\nSecond paragraph.',
      },
    ]);
  });

  it('accepts JSON Feed 1.0', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1',
      title: 'Old',
      items: [{ id: 'a', content_text: 'Hello.' }],
    };
    expect(await parseDocument('json', JSON.stringify(feed), context)).toMatchObject([{ guid: 'a', text: 'Hello.' }]);
  });

  it('returns no items for a valid feed with none', async () => {
    const empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>';
    expect(await parseDocument('rss', empty, context)).toEqual([]);
    expect(
      await parseDocument(
        'json',
        JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Q', items: [] }),
        context,
      ),
    ).toEqual([]);
  });
});

describe('detectKind', () => {
  it('tells the formats apart from the text and Content-Type', () => {
    expect(detectKind(RSS_2, null)).toBe('rss');
    expect(detectKind(RSS_1, 'application/rdf+xml')).toBe('rss');
    expect(detectKind(ATOM, 'application/atom+xml')).toBe('atom');
    expect(detectKind(JSON_FEED, 'application/feed+json')).toBe('json');
    expect(detectKind('<!DOCTYPE html><html><body></body></html>', 'text/html')).toBe('html');
    expect(detectKind('<!-- c --><?xml-stylesheet href="a"?><!DOCTYPE rss SYSTEM "x"><rss/>', null)).toBe('rss');
    expect(detectKind('just words', 'text/plain')).toBeNull();
  });
});
