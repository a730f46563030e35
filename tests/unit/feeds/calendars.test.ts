// The iCalendar files of a film, a person, an edition and an award, requested through their route handlers on a
// seeded database and read back with ical.js: all-day events on the dates the catalogue holds (and no
// others), UIDs unique and the same on every request, the dates note where a date is uncertain.
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as awardFeed } from '@/app/feeds/awards/[file]/route';
import { GET as editionFeed } from '@/app/feeds/editions/[award]/[file]/route';
import { GET as filmFeed } from '@/app/feeds/films/[file]/route';
import { GET as personFeed } from '@/app/feeds/people/[file]/route';
import { updateEdition } from '@/db/queries/edition-edits';
import { hasFollowDates } from '@/db/queries/follow-dates';
import { findFilmTarget, findPersonTarget } from '@/db/queries/follow-scope';
import { getInstallationId } from '@/db/queries/settings';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';
import { useAppDatabase } from '@/tests/helpers/next-request';
import { feedRequest, paramsOf } from './parse-feed';

const { db } = freshDatabase();
beforeAll(async () => {
  await seedDatabase(db);
  useAppDatabase(db);
});

interface ParsedEvent {
  uid: string;
  location: string | null;
  summary: string;
  description: string;
  url: string;
  start: ICAL.Time;
  sequence: number;
}

async function readCalendar(
  response: Response,
): Promise<{ name: string; description: string; refresh: string; events: ParsedEvent[] }> {
  const text = await response.text();
  // RFC 5545: every line ends with CRLF, the last one too.
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      location: event.location,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url')),
      start: event.startDate,
      sequence: event.sequence,
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    // An X- property is read as it is written: its escaped commas are undone here.
    description: String(calendar.getFirstPropertyValue('x-wr-caldesc')).replace(/\\,/g, ','),
    refresh: String(calendar.getFirstPropertyValue('refresh-interval')),
    events,
  };
}

const filmCalendar = () =>
  filmFeed(
    feedRequest('/feeds/films/o-j-made-in-america-2016.ics'),
    paramsOf({ file: 'o-j-made-in-america-2016.ics' }),
  );

describe("a film's calendar", () => {
  it('is text/calendar, downloadable under a file name', async () => {
    const response = await filmCalendar();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="o-j-made-in-america-2016.ics"');
  });

  it('holds the ceremonies of the editions the film stands in, as all-day dates in date order', async () => {
    const { name, refresh, events } = await readCalendar(await filmCalendar());
    expect(name).toBe('O.J.: Made in America (2016): dates (Laurels)');
    // A subscribed calendar looks again twice a day (RFC 7986).
    expect(refresh).toBe('PT12H');
    expect(events.map((event) => [event.summary, event.start.toString()])).toEqual([
      ["1st Critics' Choice Documentary Awards: ceremony", '2016-11-03'],
      ['2016 IDA Documentary Awards: ceremony', '2016-12-09'],
      ['89th Academy Awards: ceremony', '2017-02-26'],
    ]);
    expect(events.every((event) => event.start.isDate)).toBe(true);
    const oscars = events.at(-1)!;
    // Named by addresses within the installation, never by the host name the reader used.
    expect(oscars.uid).toBe(`academy-awards/89th/ceremony@laurels-${getInstallationId(db)}`);
    expect(getInstallationId(db)).toMatch(/^[0-9a-f]{32}$/);
    expect(oscars.url).toBe('https://laurels.example/awards/academy-awards/89th');
  });

  it('names the dates note where a date is inferred rather than stated', async () => {
    const { events } = await readCalendar(await filmCalendar());
    const ida = events.find((event) => event.summary.startsWith('2016 IDA'))!;
    expect(ida.description).toContain(
      'The ceremony of the 2016 IDA Documentary Awards, Paramount Theater, Los Angeles.',
    );
    expect(ida.description).toContain('About the dates: The ceremony date is inferred');
    const oscars = events.find((event) => event.summary.startsWith('89th'))!;
    expect(oscars.description).not.toContain('About the dates');
  });

  it('keeps its UIDs and its ETag from one request to the next', async () => {
    const first = await filmCalendar();
    const second = await filmCalendar();
    expect(first.headers.get('etag')).toBe(second.headers.get('etag'));
    const uids = async (response: Response) => (await readCalendar(response)).events.map((event) => event.uid);
    expect(await uids(first)).toEqual(await uids(second));
  });
});

describe("a person's calendar", () => {
  it('holds the dates of the editions whose nominations name the person or a film credited to them', async () => {
    const response = await personFeed(
      feedRequest('/feeds/people/ezra-edelman.ics'),
      paramsOf({ file: 'ezra-edelman.ics' }),
    );
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ezra-edelman.ics"');
    const { name, description, events } = await readCalendar(response);
    expect(name).toBe('Ezra Edelman: dates (Laurels)');
    expect(description).toContain('of the awards Ezra Edelman or the films credited to them are up for');
    // The Critics' Choice and the IDA honoured his film, the Academy named him too.
    expect(events.map((event) => [event.summary, event.start.toString()])).toEqual([
      ["1st Critics' Choice Documentary Awards: ceremony", '2016-11-03'],
      ['2016 IDA Documentary Awards: ceremony', '2016-12-09'],
      ['89th Academy Awards: ceremony', '2017-02-26'],
    ]);
  });
});

describe('edition and award calendars', () => {
  it("lists an edition's one known date and invents none", async () => {
    const response = await editionFeed(
      feedRequest('/feeds/editions/ida-documentary-awards/2016.ics'),
      paramsOf({ award: 'ida-documentary-awards', file: '2016.ics' }),
    );
    const { description, events } = await readCalendar(response);
    expect(events.map((event) => event.summary)).toEqual(['2016 IDA Documentary Awards: ceremony']);
    expect(events[0]!.location).toBe('Paramount Theater, Los Angeles');
    expect(description).toBe(
      'Submission deadlines, shortlists, nominations and ceremonies of the 2016 IDA Documentary Awards, as Laurels records them.',
    );
  });

  it('raises the SEQUENCE of an edition’s events when one of its dates is corrected, keeping their UIDs', async () => {
    const ida2016 = () =>
      editionFeed(
        feedRequest('/feeds/editions/ida-documentary-awards/2016.ics'),
        paramsOf({ award: 'ida-documentary-awards', file: '2016.ics' }),
      );
    const [before] = (await readCalendar(await ida2016())).events;
    const edition = db.$client
      .prepare(
        `select e.id, e.version, e.ceremony_date as ceremonyDate from editions e
        join awards a on a.id = e.award_id where a.slug = 'ida-documentary-awards' and e.slug = '2016'`,
      )
      .get() as { id: number; version: number; ceremonyDate: string };
    const save = (ceremonyDate: string, expectedVersion: number) =>
      updateEdition(db, { editionId: edition.id, expectedVersion, changes: { ceremonyDate }, actor: 'test' });
    const moved = save('2016-12-10', edition.version);
    try {
      const [after] = (await readCalendar(await ida2016())).events;
      expect(after).toMatchObject({ uid: before!.uid, sequence: before!.sequence + 1 });
      expect(after!.start.toString()).toBe('2016-12-10');
    } finally {
      save(edition.ceremonyDate, moved.edition.version);
    }
  });

  it('is empty, yet valid, for an edition with no dates recorded', async () => {
    const response = await editionFeed(
      feedRequest('/feeds/editions/sundance-film-festival/2016.ics'),
      paramsOf({ award: 'sundance-film-festival', file: '2016.ics' }),
    );
    expect(response.status).toBe(200);
    expect((await readCalendar(response)).events).toEqual([]);
  });

  it("gives every date of an award's editions its own UID", async () => {
    const response = await awardFeed(
      feedRequest('/feeds/awards/academy-awards.ics'),
      paramsOf({ file: 'academy-awards.ics' }),
    );
    const { events } = await readCalendar(response);
    const known = db.$client
      .prepare(
        `select count(ceremony_date) + count(nominations_date) + count(shortlist_date) + count(submissions_date)
         from editions e join awards a on a.id = e.award_id where a.slug = 'academy-awards'`,
      )
      .pluck()
      .get();
    expect(events).toHaveLength(known as number);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });
});

describe('whether a page offers a calendar', () => {
  it('offers one only where an edition in scope has a date', async () => {
    const scopeOf = async (target: Promise<{ scope: Parameters<typeof hasFollowDates>[1] } | undefined>) =>
      (await target)!.scope;
    expect(await hasFollowDates(db, await scopeOf(findFilmTarget(db, 'o-j-made-in-america-2016')))).toBe(true);
    // Its one nomination is at the 95th Academy Awards, whose date the data set does not give.
    const navalny = await scopeOf(findFilmTarget(db, 'navalny-2022'));
    expect(await hasFollowDates(db, navalny)).toBe(false);
    const response = await filmFeed(
      feedRequest('/feeds/films/navalny-2022.ics'),
      paramsOf({ file: 'navalny-2022.ics' }),
    );
    expect((await readCalendar(response)).events).toEqual([]);
    // Robert Cannan is named in no category; his film's IDA edition is dated.
    expect(await hasFollowDates(db, await scopeOf(findPersonTarget(db, 'robert-cannan')))).toBe(true);
    expect(await hasFollowDates(db, { kind: 'award', id: 0 })).toBe(false);
  });
});
