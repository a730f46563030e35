// /api/live as a browser's EventSource sees it: a hello with the latest event id, a change event naming the
// edition within the poll interval after a winner is entered elsewhere, the subscriber gone when the client
// disconnects, and a clear 503 when the feed is full; HEAD takes no subscriber's place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET, HEAD } from '@/app/api/live/route';
import { getLiveFeed } from '@/db/live-feed';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { changeStatus, createNomination } from '@/db/queries/nominations';
import type { Db } from '@/db/client';
import { freshDatabase } from '@/tests/helpers/db';

let db: Db;
let nominationId: number;
const saved = { db: process.env.LAURELS_DB, max: process.env.LAURELS_LIVE_MAX_SUBSCRIBERS };

beforeAll(() => {
  const fresh = freshDatabase();
  db = fresh.db;
  process.env.LAURELS_DB = fresh.file;
  process.env.LAURELS_LIVE_MAX_SUBSCRIBERS = '1';
  const award = ensureAward(db, { slug: 'live-award', name: 'Live Award', kind: 'ceremony' }, 'test');
  const edition = ensureEdition(db, { awardId: award.id, slug: '2024', name: '2024 Live Award', year: 2024 }, 'test');
  const category = ensureCategory(db, { editionId: edition.id, name: 'Best Live' }, 'test');
  const { film } = ensureFilm(db, { title: 'Live Film', year: 2024 }, 'test');
  nominationId = createNomination(db, {
    categoryId: category.id,
    filmIds: [film.id],
    personIds: [],
    status: 'nominated',
    reason: { actor: 'test', note: 'test' },
  }).nomination.id;
});
afterAll(() => {
  for (const [key, value] of [
    ['LAURELS_DB', saved.db],
    ['LAURELS_LIVE_MAX_SUBSCRIBERS', saved.max],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** Reads the stream until `pattern` appears in what was received, or fails after `ms`. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp, ms = 4000) {
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  while (!pattern.test(text)) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`not received in time: ${pattern}; got ${JSON.stringify(text)}`);
    const chunk = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${text}`)), left)),
    ]);
    if (chunk.done) break;
    text += decoder.decode(chunk.value);
  }
  return text;
}

describe('GET /api/live', () => {
  it('streams a change naming the edition after a winner is entered, and lets go on disconnect', async () => {
    const abort = new AbortController();
    const response = GET(new Request('http://laurels.test/api/live', { signal: abort.signal }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toContain('no-transform');
    const reader = response.body!.getReader();
    const hello = await readUntil(reader, /event: hello\nid: \d+\ndata: \{"latest":\d+\}\n\n/);
    expect(hello).toMatch(/^retry: 3000\n/);

    // Only one subscriber fits (the cap is 1 here): a second page is told to come back later.
    const refused = GET(new Request('http://laurels.test/api/live'));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await refused.text()).toMatch(/^Too many pages are following live updates/);

    changeStatus(db, { nominationId, to: 'won', actor: 'test', note: 'test' });
    const entered = Date.now();
    const text = await readUntil(reader, /event: change\n/);
    // Within the poll interval (1 s), plus a little slack for a busy machine.
    expect(Date.now() - entered).toBeLessThan(2500);
    expect(text).toBe('event: change\nid: 2\ndata: {"latest":2,"editions":["live-award/2024"]}\n\n');

    abort.abort();
    expect(getLiveFeed().size).toBe(0);
  });

  it('tells a reconnecting client what it missed since the event id it sends back', async () => {
    const abort = new AbortController();
    const response = GET(
      new Request('http://laurels.test/api/live', { signal: abort.signal, headers: { 'Last-Event-ID': '0' } }),
    );
    const text = await readUntil(response.body!.getReader(), /event: change\n/);
    expect(text).toContain('"editions":["live-award/2024"]');
    abort.abort();
  });
});

describe('HEAD /api/live', () => {
  it("answers GET's status and headers without taking a subscriber's place", async () => {
    // Without a HEAD of its own, Next.js runs GET for HEAD, and that stream is never read nor cancelled.
    for (let i = 0; i < 3; i++) {
      const response = HEAD();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(response.body).toBeNull();
    }
    expect(getLiveFeed().size).toBe(0);
    // The one place (the cap is 1 here) is still free for a page; once it is taken, HEAD says so as GET does.
    const abort = new AbortController();
    const response = GET(new Request('http://laurels.test/api/live', { signal: abort.signal }));
    expect(response.status).toBe(200);
    const full = HEAD();
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toBe('30');
    abort.abort();
  });
});
