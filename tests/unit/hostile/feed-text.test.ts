// Catalogue text that is markup, or that tries to end the XML or calendar structure it is written into,
// reaches feeds and calendars as text: a feed reader shows a film titled "<b>" as those characters, no
// title ends a CDATA section, and no name adds a calendar event. Such text can arrive through an import
// or a hand-made request, so the documents must hold whatever the catalogue holds.
import ICAL from 'ical.js';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as awardFeed } from '@/app/feeds/awards/[file]/route';
import { GET as filmFeed } from '@/app/feeds/films/[file]/route';
import { GET as siteAtom } from '@/app/feeds/all.atom/route';
import { withoutControlCharacters } from '@/db/rules/text';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';
import { useAppDatabase } from '@/tests/helpers/next-request';
import { feedRequest, paramsOf, parseFeed } from '../feeds/parse-feed';

const TITLE = '13th ]]> x ]]><b xmlns="http://www.w3.org/1999/xhtml">HI</b><![CDATA[ <img src=x onerror=alert(1)> & co';
const AWARD =
  'IDA Documentary Awards\r\nBEGIN:VEVENT\r\nUID:evil@x\r\nDTSTART:20300101T000000Z\r\nSUMMARY:Injected\r\nEND:VEVENT';

/** An Atom type="html" text as a feed reader takes it: HTML, here in a paragraph of its own. */
const asHtml = (html: string) => parseHTML(`<html><body><p>${html}</p></body></html>`).document.querySelector('p')!;

const { db } = freshDatabase();
beforeAll(async () => {
  await seedDatabase(db);
  useAppDatabase(db);
  db.$client.prepare(`update films set title = ? where slug = '13th-2016'`).run(TITLE);
  db.$client.prepare(`update awards set name = ? where slug = 'ida-documentary-awards'`).run(AWARD);
  // Stored by other means than a form or a file, which read text without control characters.
  db.$client.prepare(`update films set title = ? where slug = 'weiner-2016'`).run('Wei\u0000ner\u0007\u001b');
});

describe('hostile catalogue text in feeds', () => {
  it.each(['atom', 'rss'])(
    'a film title full of markup is text in its %s feed, which stays well-formed',
    async (format) => {
      const response = await filmFeed(
        feedRequest(`/feeds/films/13th-2016.${format}`),
        paramsOf({ file: `13th-2016.${format}` }),
      );
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(xml).not.toMatch(/<b xmlns|<img/);
      const { items } = await parseFeed(xml);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        // What a reader shows: the title read as HTML is the film's title as text, with no element in it.
        const shown = asHtml(item.title);
        expect(shown.textContent).toContain(TITLE);
        expect(shown.children).toHaveLength(0);
      }
    },
  );

  it('the site feed, with that title among the others, parses whole', async () => {
    const { items } = await parseFeed(await (await siteAtom(feedRequest('/feeds/all.atom'))).text());
    expect(items.filter((item) => asHtml(item.title).textContent?.includes(TITLE)).length).toBeGreaterThan(0);
  });

  it('a title with control characters, which XML does not allow, leaves them out and the feeds well-formed', async () => {
    for (const format of ['atom', 'rss']) {
      const response = await filmFeed(
        feedRequest(`/feeds/films/weiner-2016.${format}`),
        paramsOf({ file: `weiner-2016.${format}` }),
      );
      const xml = await response.text();
      expect(withoutControlCharacters(xml)).toBe(xml);
      const { items } = await parseFeed(xml);
      expect(items.map((item) => item.title)).toContain(
        'Weiner won the U.S. Grand Jury Prize: Documentary at the 2016 Sundance Film Festival',
      );
    }
    const site = await (await siteAtom(feedRequest('/feeds/all.atom'))).text();
    expect(site).not.toContain('\u0000');
  });

  it('an award name with line breaks adds no event to its calendar and is its name, as written', async () => {
    const response = await awardFeed(
      feedRequest('/feeds/awards/ida-documentary-awards.ics'),
      paramsOf({ file: 'ida-documentary-awards.ics' }),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/^UID:evil@x/m);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).not.toContain('evil@x');
    expect(events.length).toBeGreaterThan(0);
    for (const property of ['name', 'x-wr-calname']) {
      const name = String(calendar.getFirstPropertyValue(property));
      expect(name).toMatch(/^IDA Documentary Awards.*END:VEVENT: dates \(Laurels\)$/);
      expect(name).not.toMatch(/[\r\n]/);
    }
  });
});
