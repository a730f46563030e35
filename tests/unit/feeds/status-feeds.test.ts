// The Atom and RSS feeds of status changes, requested through their route handlers on a seeded database
// and read back with feedparser: titles as a reader sees them, absolute links, stable ids, the elements
// each format requires, newest first, and a plain 404 for an address that names nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as awardFeed } from '@/app/feeds/awards/[file]/route';
import { GET as editionFeed } from '@/app/feeds/editions/[award]/[file]/route';
import { GET as filmFeed } from '@/app/feeds/films/[file]/route';
import { GET as personFeed } from '@/app/feeds/people/[file]/route';
import { GET as siteAtom } from '@/app/feeds/all.atom/route';
import { GET as siteRss } from '@/app/feeds/all.rss/route';
import { eventId } from '@/app/feeds/_lib/feed-document';
import { ensureFilm } from '@/db/queries/films';
import { getInstallationId } from '@/db/queries/settings';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';
import { useAppDatabase } from '@/tests/helpers/next-request';
import { feedRequest, paramsOf, parseFeed } from './parse-feed';

const { db } = freshDatabase();
beforeAll(async () => {
  await seedDatabase(db);
  useAppDatabase(db);
});

const EDITION = '/feeds/editions/ida-documentary-awards/2016';
const editionAtom = () =>
  editionFeed(feedRequest(`${EDITION}.atom`), paramsOf({ award: 'ida-documentary-awards', file: '2016.atom' }));

describe('an edition feed', () => {
  it('is Atom with the required feed elements and an entry per status change', async () => {
    const response = await editionAtom();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const xml = await response.text();
    // RFC 4287: a feed has id, title and updated, and an author unless every entry has one.
    const head = xml.slice(0, xml.indexOf('<entry>'));
    for (const element of ['<id>', '<title>', '<updated>', '<author>']) expect(head).toContain(element);
    const { meta, items } = await parseFeed(xml);
    expect(meta.title).toBe('2016 IDA Documentary Awards: status changes (Laurels)');
    expect(meta.link).toBe('https://laurels.example/awards/ida-documentary-awards/2016');
    expect(meta.xmlurl).toBe(`https://laurels.example${EDITION}.atom`);
    const titles = items.map((item) => item.title);
    expect(titles).toContain('13th won the ABC News VideoSource Award at the 2016 IDA Documentary Awards');
    expect(titles).toContain('O.J.: Made in America won Best Feature at the 2016 IDA Documentary Awards');
    expect(titles).toContain(
      'The Lovers and the Despot did not win the ABC News VideoSource Award at the 2016 IDA Documentary Awards',
    );
  });

  it('links each entry to its category on the public edition page, with a UUID and its source', async () => {
    const { items } = await parseFeed(await (await editionAtom()).text());
    const won = items.find((item) => item.title.startsWith('13th won'))!;
    expect(won.link).toBe(
      'https://laurels.example/awards/ida-documentary-awards/2016#category-abc-news-videosource-award',
    );
    expect(won.guid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(won.summary).toMatch(/Nominated → Won: ABC News VideoSource Award, 2016 IDA Documentary Awards\./);
    // The sources report the result without a date, and the edition's inferred date is not theirs to give.
    expect(won.summary).not.toMatch(/\bOn \d/);
    expect(won.summary).toMatch(/Source: .*https?:\/\//);
    expect(new Set(items.map((item) => item.guid)).size).toBe(items.length);
  });

  it('gives an entry the same id whichever host name the reader uses, and another database other ids', async () => {
    const guids = async (request: Request) =>
      (
        await parseFeed(
          await (await editionFeed(request, paramsOf({ award: 'ida-documentary-awards', file: '2016.atom' }))).text(),
        )
      ).items.map((item) => item.guid);
    const byProxy = await guids(feedRequest(`${EDITION}.atom`));
    const byAddress = await guids(new Request(`http://127.0.0.1:3000${EDITION}.atom`));
    expect(byAddress).toEqual(byProxy);
    // A second installation's ids for its own events are not these, though its event ids are the same.
    expect(eventId(getInstallationId(db), 1)).not.toBe(eventId(getInstallationId(freshDatabase().db), 1));
  });

  it('keeps every id across requests and answers an unchanged feed with 304', async () => {
    const first = await editionAtom();
    const second = await editionAtom();
    const ids = async (response: Response) => (await parseFeed(await response.text())).items.map((item) => item.guid);
    const etag = first.headers.get('etag')!;
    expect(await ids(first)).toEqual(await ids(second));
    const cached = await editionFeed(
      feedRequest(`${EDITION}.atom`, { 'if-none-match': etag }),
      paramsOf({ award: 'ida-documentary-awards', file: '2016.atom' }),
    );
    expect(cached.status).toBe(304);
    // A tag a proxy weakened, or one of a list, is still this feed's.
    for (const header of [`W/${etag}`, `"other", ${etag}`]) {
      const again = await editionFeed(
        feedRequest(`${EDITION}.atom`, { 'if-none-match': header }),
        paramsOf({ award: 'ida-documentary-awards', file: '2016.atom' }),
      );
      expect(again.status).toBe(304);
    }
    const other = await editionFeed(
      feedRequest(`${EDITION}.atom`, { 'if-none-match': '"other"' }),
      paramsOf({ award: 'ida-documentary-awards', file: '2016.atom' }),
    );
    expect(other.status).toBe(200);
  });
});

describe('an edition named as its page may be', () => {
  it('leads to the feed at the edition’s own address, keeping the format', async () => {
    const moved = await editionFeed(
      feedRequest('/feeds/editions/academy-awards/89.rss'),
      paramsOf({ award: 'academy-awards', file: '89.rss' }),
    );
    expect(moved.status).toBe(308);
    expect(moved.headers.get('location')).toBe('https://laurels.example/feeds/editions/academy-awards/89th.rss');
    const unknown = await editionFeed(
      feedRequest('/feeds/editions/academy-awards/1850.rss'),
      paramsOf({ award: 'academy-awards', file: '1850.rss' }),
    );
    expect(unknown.status).toBe(404);
  });

  it('names the editions a year could mean rather than saying there is nothing to follow', async () => {
    const both = await editionFeed(
      feedRequest('/feeds/editions/academy-awards/2017.ics'),
      paramsOf({ award: 'academy-awards', file: '2017.ics' }),
    );
    expect(both.status).toBe(404);
    const text = await both.text();
    expect(text).toContain('2017 names more than one edition of the Academy Awards; follow one:');
    expect(text).toContain('/feeds/editions/academy-awards/89th.ics (89th Academy Awards)');
  });
});

describe('a feed address in other capitals', () => {
  it('leads to the address in small letters, as a page does', async () => {
    const film = await filmFeed(feedRequest('/feeds/films/13TH-2016.atom'), paramsOf({ file: '13TH-2016.atom' }));
    expect(film.status).toBe(308);
    expect(film.headers.get('location')).toBe('https://laurels.example/feeds/films/13th-2016.atom');
    const edition = await editionFeed(
      feedRequest('/feeds/editions/Academy-Awards/89th.RSS'),
      paramsOf({ award: 'Academy-Awards', file: '89th.RSS' }),
    );
    expect(edition.headers.get('location')).toBe('https://laurels.example/feeds/editions/academy-awards/89th.rss');
  });

  it('serves a film whose address keeps letters outside Latin', async () => {
    const { film } = ensureFilm(db, { title: 'Весна', year: 2023 }, 'test');
    const response = await filmFeed(
      feedRequest(`/feeds/films/${encodeURIComponent(film.slug)}.rss`),
      paramsOf({ file: `${encodeURIComponent(film.slug)}.rss` }),
    );
    expect(film.slug).toBe('весна-2023');
    expect(response.status).toBe(200);
  });
});

describe('a film feed', () => {
  it('is RSS 2.0 with the channel elements and the film’s history across awards, newest first', async () => {
    const response = await filmFeed(
      feedRequest('/feeds/films/o-j-made-in-america-2016.rss'),
      paramsOf({ file: 'o-j-made-in-america-2016.rss' }),
    );
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toMatch(/<rss[^>]+version="2\.0"/);
    const channel = xml.slice(0, xml.indexOf('<item>'));
    for (const element of ['<title>', '<link>', '<description>']) expect(channel).toContain(element);
    const { meta, items } = await parseFeed(xml);
    expect(meta.link).toBe('https://laurels.example/films/o-j-made-in-america-2016');
    const titles = items.map((item) => item.title);
    expect(titles).toContain('O.J.: Made in America won Documentary (Feature) at the 89th Academy Awards');
    expect(titles).toContain('O.J.: Made in America won Best Feature at the 2016 IDA Documentary Awards');
    expect(titles.every((title) => title.startsWith('O.J.: Made in America '))).toBe(true);
    // A change its source dates says when it happened.
    const criticsChoice = items.find((item) => item.title.includes("Critics' Choice"))!;
    expect(criticsChoice.summary).toContain('On 2016-11-03.');
    const dates = items.map((item) => item.date!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(items.every((item) => item.link.startsWith('https://laurels.example/awards/'))).toBe(true);
  });

  it('writes an ampersand in a title as itself, for a reader that takes an RSS title as plain text', async () => {
    const response = await filmFeed(
      feedRequest('/feeds/films/nai-nai-and-wai-po-2023.rss'),
      paramsOf({ file: 'nai-nai-and-wai-po-2023.rss' }),
    );
    const xml = await response.text();
    expect(xml).toContain('<title><![CDATA[Nai Nai & Wài Pó was nominated for');
    expect(xml).not.toContain('CDATA[Nai Nai &amp;');
  });
});

describe("a person's feed", () => {
  it('lists the nominations that name the person and those of the films credited to them', async () => {
    const response = await personFeed(
      feedRequest('/feeds/people/ezra-edelman.atom'),
      paramsOf({ file: 'ezra-edelman.atom' }),
    );
    expect(response.status).toBe(200);
    const { meta, items } = await parseFeed(await response.text());
    expect(meta.title).toBe('Ezra Edelman: status changes (Laurels)');
    expect(meta.description).toBe(
      'Nominations, shortlistings and wins of Ezra Edelman and of the films credited to them as Laurels records them, newest first, each with its source.',
    );
    expect(meta.link).toBe('https://laurels.example/people/ezra-edelman');
    const titles = items.map((item) => item.title);
    expect(titles).toContain('O.J.: Made in America won Documentary (Feature) at the 89th Academy Awards');
    // The IDA's Best Feature names the film alone; he directed it, so it is his news too.
    expect(titles).toContain('O.J.: Made in America won Best Feature at the 2016 IDA Documentary Awards');
    // Nothing of a film he is not credited on.
    expect(titles.filter((title) => title.startsWith('13th'))).toEqual([]);
    expect(new Set(items.map((item) => item.guid)).size).toBe(items.length);
  });

  it('leads from a merged person’s old address to the kept one’s, and is a 404 for nobody', async () => {
    db.$client
      .prepare(
        `insert into slug_redirects (entity_type, old_slug, target_id)
         select 'person', 'edelman-old', id from people where slug = 'ezra-edelman'`,
      )
      .run();
    const moved = await personFeed(feedRequest('/feeds/people/edelman-old.rss'), paramsOf({ file: 'edelman-old.rss' }));
    expect(moved.status).toBe(308);
    expect(moved.headers.get('location')).toBe('https://laurels.example/feeds/people/ezra-edelman.rss');
    const missing = await personFeed(feedRequest('/feeds/people/nobody.rss'), paramsOf({ file: 'nobody.rss' }));
    expect(missing.status).toBe(404);
  });
});

describe('the award and site feeds', () => {
  it('lists the latest 50 changes of an award with so many', async () => {
    const response = await awardFeed(
      feedRequest('/feeds/awards/academy-awards.atom'),
      paramsOf({ file: 'academy-awards.atom' }),
    );
    const { meta, items } = await parseFeed(await response.text());
    expect(meta.title).toBe('Academy Awards: status changes (Laurels)');
    expect(items).toHaveLength(50);
    expect(items.every((item) => / at the \d+(st|nd|rd|th) Academy Awards$/.test(item.title))).toBe(true);
  });

  it('serves every change on the site as Atom and as RSS, with the same ids', async () => {
    const atom = await parseFeed(await (await siteAtom(feedRequest('/feeds/all.atom'))).text());
    const rss = await parseFeed(await (await siteRss(feedRequest('/feeds/all.rss'))).text());
    expect(atom.items).toHaveLength(50);
    expect(rss.items.map((item) => item.guid)).toEqual(atom.items.map((item) => item.guid));
    expect(atom.meta.title).toBe('Laurels: every status change');
  });

  it('takes the origin from the request when no proxy names one', async () => {
    const response = await awardFeed(
      new Request('http://127.0.0.1:4113/feeds/awards/ida-documentary-awards.rss'),
      paramsOf({ file: 'ida-documentary-awards.rss' }),
    );
    const { meta } = await parseFeed(await response.text());
    expect(meta.link).toBe('http://127.0.0.1:4113/awards/ida-documentary-awards');
  });
});

describe('the feed of a film merged into another', () => {
  it('leads to the feed of the film that was kept', async () => {
    db.$client
      .prepare(
        `insert into slug_redirects (entity_type, old_slug, target_id)
         select 'film', 'lovers-despot-old', id from films where slug = 'the-lovers-and-the-despot-2016'`,
      )
      .run();
    const response = await filmFeed(
      feedRequest('/feeds/films/lovers-despot-old.rss'),
      paramsOf({ file: 'lovers-despot-old.rss' }),
    );
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(
      'https://laurels.example/feeds/films/the-lovers-and-the-despot-2016.rss',
    );
  });
});

describe('the other addresses a film’s or a person’s page answers to', () => {
  it.each([
    ['a title without its year', filmFeed, '13th.atom', 'films/13th-2016.atom'],
    ['an IMDb id', filmFeed, 'tt5895028.rss', 'films/13th-2016.rss'],
    ['a person’s IMDb id', personFeed, 'nm1148550.ics', 'people/ava-duvernay.ics'],
  ])('lead from %s to the feed', async (_, route, file, feed) => {
    const section = route === filmFeed ? 'films' : 'people';
    const response = await route(feedRequest(`/feeds/${section}/${file}`), paramsOf({ file }));
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(`https://laurels.example/feeds/${feed}`);
  });

  it('name the films a title without its year could mean', async () => {
    const response = await filmFeed(feedRequest('/feeds/films/universe.atom'), paramsOf({ file: 'universe.atom' }));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('it could be any of: universe-1960, universe-1976.');
  });
});

describe('an address that names nothing', () => {
  it.each([
    [
      'an unknown award',
      () => awardFeed(feedRequest('/feeds/awards/no-such-award.atom'), paramsOf({ file: 'no-such-award.atom' })),
    ],
    [
      'an unknown format',
      () => awardFeed(feedRequest('/feeds/awards/academy-awards.xml'), paramsOf({ file: 'academy-awards.xml' })),
    ],
    ['an unknown film', () => filmFeed(feedRequest('/feeds/films/nothing.rss'), paramsOf({ file: 'nothing.rss' }))],
    [
      'an unknown edition',
      () =>
        editionFeed(
          feedRequest(`/feeds/editions/academy-awards/0th.atom`),
          paramsOf({ award: 'academy-awards', file: '0th.atom' }),
        ),
    ],
  ])('is a plain-text 404 for %s', async (_name, request) => {
    const response = await request();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).not.toMatch(/<html/i);
  });
});
