// Property: the feed and calendar routes, the export download and /api/live, fed random and malformed
// path segments, query strings and headers, answer with their documented status and content type and
// never fail: a feed is its format or a plain-text 404, an anonymous export a JSON 401, /api/live an
// event stream whatever `since` says.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as awardFeed } from '@/app/feeds/awards/[file]/route';
import { GET as editionFeed } from '@/app/feeds/editions/[award]/[file]/route';
import { GET as filmFeed } from '@/app/feeds/films/[file]/route';
import { GET as personFeed } from '@/app/feeds/people/[file]/route';
import { GET as siteAtom } from '@/app/feeds/all.atom/route';
import { GET as siteRss } from '@/app/feeds/all.rss/route';
import { GET as exportGet } from '@/app/admin/export/route';
import { GET as publicExport } from '@/app/export/route';
import { GET as liveGet } from '@/app/api/live/route';
import { FOLLOW_CONTENT_TYPES } from '@/app/feeds/_lib/paths';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import type { Db } from '@/db/client';
import { SEED, queryString, segment, urlOf } from './hostile-input';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);

let db: Db;
const savedDb = process.env.LAURELS_DB;
beforeAll(async () => {
  const fresh = freshDatabase();
  db = fresh.db;
  await seedDatabase(db);
  useAppDatabase(db);
  // /api/live reads through its own connection, opened on LAURELS_DB.
  process.env.LAURELS_DB = fresh.file;
});
afterAll(() => {
  if (savedDb === undefined) delete process.env.LAURELS_DB;
  else process.env.LAURELS_DB = savedDb;
});

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
/** A feed file name: often a real slug with a real extension, often not. */
const fileName = fc
  .tuple(segment, fc.constantFrom('.atom', '.rss', '.ics', '', '.ATOM', '.atom.ics', '.', '%2Eatom'))
  .map(([base, ext]) => base + ext);
const forwarded = fc.record({
  'x-forwarded-host': fc.constantFrom(
    'laurels.example',
    'evil.example"><script>',
    'a b',
    '',
    'host:99999999',
    'a:99999',
    '999.1.1.1',
  ),
  'x-forwarded-proto': fc.constantFrom('https', 'javascript', 'http,https', ''),
});

async function expectFeedAnswer(response: Response, format: string | undefined) {
  expect([200, 304, 308, 404], `status ${response.status}`).toContain(response.status);
  const body = await response.text();
  if (response.status === 404) {
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(body).not.toMatch(/<script|\n\s+at /); // nothing echoed back, no stack trace
  }
  if (response.status === 200) {
    expect(format).toBeDefined();
    expect(response.headers.get('content-type')).toBe(
      FOLLOW_CONTENT_TYPES[format as keyof typeof FOLLOW_CONTENT_TYPES],
    );
    // A forged forwarded host never reaches the document's links.
    expect(body).not.toContain('evil.example');
  }
}

const formatOf = (file: string) => /\.(atom|rss|ics)$/.exec(file)?.[1];

describe('the feed routes on hostile input', () => {
  it('answer any file name, award and headers with the format or a plain 404', async () => {
    const routes: Record<string, (request: Request, award: string, file: string) => Promise<Response>> = {
      award: (request, _award, file) => awardFeed(request, params({ file })),
      edition: (request, award, file) => editionFeed(request, params({ award, file })),
      film: (request, _award, file) => filmFeed(request, params({ file })),
      person: (request, _award, file) => personFeed(request, params({ file })),
      'all.atom': (request) => siteAtom(request),
      'all.rss': (request) => siteRss(request),
    };
    const route = fc.constantFrom(...Object.keys(routes));
    await fc.assert(
      fc.asyncProperty(route, segment, fileName, queryString, forwarded, async (which, award, file, query, headers) => {
        const request = new Request(urlOf(`/feeds/${which}`, query), { headers });
        const response = await routes[which]!(request, award, file);
        await expectFeedAnswer(response, which.startsWith('all.') ? which.slice(4) : formatOf(file));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

/** An export address: random text, or a scope with a random name and format. */
const exportQuery = fc.oneof(
  queryString,
  fc
    .tuple(fc.constantFrom('edition', 'award', 'film'), segment, fc.constantFrom('csv', 'json', 'xml', ''))
    .map(([key, value, format]) => new URLSearchParams({ [key]: value, format }).toString()),
);

/** The file, or a 400 or a 404 with its reason in JSON: never a failure. */
async function expectExportAnswer(response: Response): Promise<void> {
  expect([200, 400, 404]).toContain(response.status);
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 200) expect(type).toMatch(/^(text\/csv|application\/json)/);
  else expect((JSON.parse(await response.text()) as { error: string }).error.length).toBeGreaterThan(0);
}

describe('the export download on hostile input', () => {
  it('answers anyone not signed in with a JSON 401, whatever the query', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        resetRequest();
        const response = await exportGet(new Request(urlOf('/admin/export', query)));
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect((JSON.parse(await response.text()) as { error: string }).error).toMatch(/Sign in/);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('answers a signed-in editor with the file, a 400 or a 404 in JSON, never a failure', async () => {
    await fc.assert(
      fc.asyncProperty(exportQuery, async (query) => {
        resetRequest();
        signInAs(db, 'editor');
        await expectExportAnswer(await exportGet(new Request(urlOf('/admin/export', query))));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('says in words what a bad export address lacks', async () => {
    resetRequest();
    signInAs(db, 'editor');
    const error = async (query: string) =>
      (JSON.parse(await (await exportGet(new Request(urlOf('/admin/export', query)))).text()) as { error: string })
        .error;
    expect(await error('award=academy-awards&format=xml')).toBe('Nothing to export: format must be csv or json.');
    expect(await error('format=csv')).toBe(
      'Nothing to export: name exactly one of edition (AWARD/EDITION), award or film.',
    );
  });
});

describe('the public /export on hostile input', () => {
  it('answers anyone with the file, a 400 or a 404 in JSON, never a failure', async () => {
    await fc.assert(
      fc.asyncProperty(exportQuery, async (query) => {
        resetRequest();
        await expectExportAnswer(await publicExport(new Request(urlOf('/export', query))));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('gives anyone an edition’s nominations as the CSV the importer reads', async () => {
    resetRequest();
    const response = await publicExport(new Request(urlOf('/export', 'edition=ida-documentary-awards/2016')));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="laurels-ida-documentary-awards-2016.csv"',
    );
    const csv = await response.text();
    expect(csv.split('\n', 1)[0]).toMatch(/^award,edition,/);
    expect(csv).toContain('The Lovers and the Despot');
  });

  it('finds a film as its page does, by IMDb id too, and refuses a parameter given twice', async () => {
    resetRequest();
    const imdbId = db.$client.prepare(`select imdb_id from films where slug = '13th-2016'`).pluck().get() as string;
    const byId = await publicExport(new Request(urlOf('/export', `film=${imdbId}&format=csv`)));
    expect(byId.status).toBe(200);
    expect(byId.headers.get('content-disposition')).toBe('attachment; filename="laurels-13th-2016.csv"');
    const twice = await publicExport(new Request(urlOf('/export', 'film=13th-2016&format=csv&format=json')));
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as { error: string }).error).toBe(
      'Nothing to export: format is given more than once; give it once.',
    );
  });

  it('finds a film by its IMDb id or slug typed in capitals, as its page does', async () => {
    resetRequest();
    const imdbId = db.$client.prepare(`select imdb_id from films where slug = '13th-2016'`).pluck().get() as string;
    for (const film of [imdbId.toUpperCase(), '13TH-2016']) {
      const response = await publicExport(new Request(urlOf('/export', `film=${film}`)));
      expect(response.status, film).toBe(200);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="laurels-13th-2016.csv"');
    }
  });
});

describe('/api/live on hostile input', () => {
  it('opens an event stream with a hello whatever `since` or Last-Event-ID says', async () => {
    const since = fc.oneof(segment, fc.integer().map(String), fc.bigInt().map(String), fc.double().map(String));
    await fc.assert(
      fc.asyncProperty(since, fc.boolean(), async (value, asHeader) => {
        const abort = new AbortController();
        const url = asHeader
          ? urlOf('/api/live', '')
          : urlOf('/api/live', new URLSearchParams({ since: value }).toString());
        // Header values cannot hold control characters or non-Latin-1 text; a client could not send them.
        const headers: Record<string, string> = asHeader ? { 'Last-Event-ID': value.replace(/[^\x20-\x7e]/g, '') } : {};
        const response = liveGet(new Request(url, { headers, signal: abort.signal }));
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
        const reader = response.body!.getReader();
        const first = new TextDecoder().decode((await reader.read()).value);
        expect(first).toMatch(/^retry: 3000\nevent: hello\nid: \d+\ndata: \{"latest":\d+\}\n\n/);
        abort.abort();
        await reader.cancel();
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
