// The shipped offline demo feed holds the four real example announcements, unchanged, and nothing invented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchDocument } from '@/jobs/ingest/fetch';
import { parseDocument } from '@/jobs/ingest/parse';

// The real example announcements, copied into the repository's test fixtures.
const EXAMPLES = join(process.cwd(), 'tests', 'fixtures', 'announcements');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const example = (name: string) => readFileSync(join(EXAMPLES, `${name}.txt`), 'utf8');

describe('the bundled demo feed', () => {
  it('reads into the four example announcements, text for text', async () => {
    const fetched = await fetchDocument('bundled:demo-announcements.xml', {});
    if (fetched.status !== 'fresh') throw new Error('a bundled feed is always fresh');
    const items = await parseDocument('rss', fetched.text, { url: fetched.finalUrl, contentType: fetched.contentType });
    const names = ['seed-lovers-and-the-despot', 'd01-videosource-2012', 'd02-ida-2023-winners', 'd03-oscars-89-short'];
    expect(items.map((item) => item.guid)).toEqual(names.map((name) => `laurels-demo:${name}`));
    items.forEach((item, i) => {
      const name = names[i] ?? '';
      const text = example(name);
      expect(squash(item.text)).toBe(squash(text));
      // Paragraph breaks survive, so sentences stay apart for the extractor.
      expect(item.text.split('\n').length).toBe(text.trim().split('\n').length);
      expect(item).toMatchObject({ url: null, publishedAt: null });
    });
  });

  it('names only what the texts give: headlines as titles, Newsmax for the seed article', async () => {
    const fetched = await fetchDocument('bundled:demo-announcements.xml', {});
    const text = fetched.status === 'fresh' ? fetched.text : '';
    const items = await parseDocument('rss', text, { url: 'bundled:demo-announcements.xml', contentType: null });
    expect(items.map(({ title, publisher }) => ({ title, publisher }))).toEqual([
      { title: null, publisher: 'Newsmax' },
      { title: "ABC News VideoSource Award: this year's nominees", publisher: null },
      { title: "Bobi Wine: The People's President tops the 2023 IDA Documentary Awards", publisher: null },
      { title: 'The White Helmets wins the Oscar for documentary short', publisher: null },
    ]);
  });
});
