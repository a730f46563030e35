// parseDocument on single article pages: JSON-LD first, Readability's main text otherwise.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/jobs/ingest/parse';

const context = { url: 'https://news.example.org/articles/42?ref=feed', contentType: 'text/html; charset=utf-8' };
const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}: Test Film Five was nominated for the Example Prize, the jury said in a statement that ran long enough to read as an article.</p>`,
  ).join('\n');

describe('parseDocument on HTML article pages', () => {
  it('uses schema.org JSON-LD when the page has an article in it', async () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        {
          '@type': ['NewsArticle'],
          headline: 'Test Film Five nominated',
          datePublished: '2016-12-06T09:00:00-08:00',
          publisher: { '@type': 'Organization', name: 'Example Daily' },
          articleBody: 'Test Film Five was nominated.\n\nThe ceremony is in December.',
          url: 'https://news.example.org/articles/42',
        },
      ],
    };
    const html = `<!doctype html><html><head><title>Page title</title>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
      </head><body><nav>Menu</nav><article>${paragraphs(3)}</article></body></html>`;
    expect(await parseDocument('html', html, context)).toEqual([
      {
        guid: null,
        url: 'https://news.example.org/articles/42',
        title: 'Test Film Five nominated',
        publisher: 'Example Daily',
        publishedAt: '2016-12-06T17:00:00.000Z',
        text: 'Test Film Five was nominated.\n\nThe ceremony is in December.',
      },
    ]);
  });

  it("falls back to Readability's main text, og:site_name and article:published_time", async () => {
    const html = `<!doctype html><html><head>
      <title>Test Film Five nominated | Example Daily</title>
      <meta property="og:site_name" content="Example Daily">
      <meta property="article:published_time" content="2016-12-06T10:00:00Z">
      <link rel="canonical" href="/articles/42">
      </head><body>
      <header><nav><a href="/">Home</a> <a href="/film">Film</a></nav></header>
      <main><article><h1>Test Film Five nominated</h1>${paragraphs(6)}
      <script>document.write("tracking")</script></article></main>
      <footer>Copyright footer</footer></body></html>`;
    const [item, ...rest] = await parseDocument('html', html, context);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      guid: null,
      url: 'https://news.example.org/articles/42',
      publisher: 'Example Daily',
      publishedAt: '2016-12-06T10:00:00.000Z',
    });
    expect(item?.title).toMatch(/Test Film Five nominated/);
    expect(item?.text).toContain('Paragraph 1: Test Film Five was nominated');
    expect(item?.text).toContain('Paragraph 6:');
    expect(item?.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    expect(item?.text).not.toMatch(/tracking|<|Copyright footer/);
  });

  it('takes the text from Readability when the JSON-LD article has no body', async () => {
    const jsonLd = {
      '@type': 'Article',
      headline: 'From JSON-LD',
      publisher: 'Example Weekly',
      datePublished: '2017-01-24',
    };
    const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
      </head><body><article><h1>Page heading</h1>${paragraphs(5)}</article></body></html>`;
    const [item] = await parseDocument('html', html, context);
    expect(item).toMatchObject({
      url: 'https://news.example.org/articles/42?ref=feed',
      title: 'From JSON-LD',
      publisher: 'Example Weekly',
      publishedAt: '2017-01-24T00:00:00.000Z',
    });
    expect(item?.text).toContain('Paragraph 5: Test Film Five');
  });

  it('refuses a page with no article text', async () => {
    await expect(parseDocument('html', '<!doctype html><html><body></body></html>', context)).rejects.toThrow(
      'no article text was found on the page',
    );
  });
});
