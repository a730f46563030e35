import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { announcements, candidates, ingestionSources, jobRuns } from '@/db/schema';
import { runJob } from '@/jobs/runner/run-job';
import { freshDatabase } from '@/tests/helpers/db';
import { rssFeed, startFeedServer, type FeedServer } from './feed-server';

const items = [1, 2, 3].map((n) => ({
  guid: `test-item-${n}`,
  title: `Test announcement ${n}`,
  text: `Imaginary Test Film ${n} has been nominated for Best Test Feature at the 2026 Test Documentary Awards.`,
}));

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

function addSource(db: Db, path: string): number {
  return db
    .insert(ingestionSources)
    .values({ url: server.url(path), kind: 'rss', schedule: '0 * * * *' })
    .returning()
    .get().id;
}

const sourceRow = (db: Db, id: number) => db.select().from(ingestionSources).where(eq(ingestionSources.id, id)).get();

async function ingestAt(db: Db, iso: string) {
  return runJob('ingest', 'manual', { db, now: () => new Date(iso) });
}

describe('the ingest job', () => {
  it('stores each announcement once, records a failing source and still reads the next one', async () => {
    const { db } = freshDatabase();
    server.routes.set('/broken.xml', { status: 500, body: 'oops' });
    server.routes.set('/feed.xml', { body: rssFeed('Test news', items), etag: '"v1"' });
    const broken = addSource(db, '/broken.xml');
    const feed = addSource(db, '/feed.xml');

    const first = await ingestAt(db, '2026-02-02T10:00:00Z');
    expect(first).toMatchObject({ status: 'succeeded', counts: { sources: 2, failed: 1, stored: 3, processed: 3 } });
    expect(sourceRow(db, broken)).toMatchObject({
      consecutiveFailures: 1,
      lastErrorAt: '2026-02-02T10:00:00.000Z',
      retryAfter: '2026-02-02T10:02:00.000Z',
      lastSuccessAt: null,
    });
    expect(sourceRow(db, broken)?.lastError).toMatch(/500/);
    expect(sourceRow(db, feed)).toMatchObject({
      etag: '"v1"',
      lastSuccessAt: '2026-02-02T10:00:00.000Z',
      consecutiveFailures: 0,
      lastError: null,
    });
    const stored = db.select().from(announcements).all();
    expect(stored.map((row) => row.guid).sort()).toEqual(['test-item-1', 'test-item-2', 'test-item-3']);
    expect(stored.every((row) => row.processedAt !== null)).toBe(true);
    const candidateCount = db.select().from(candidates).all().length;

    // Within the hour nothing is due but the broken source, once its backoff is over.
    server.routes.set('/broken.xml', { body: rssFeed('Fixed', []) });
    expect(await ingestAt(db, '2026-02-02T10:01:00Z')).toMatchObject({ counts: { sources: 0 } });
    expect(await ingestAt(db, '2026-02-02T10:02:00Z')).toMatchObject({ counts: { sources: 1, failed: 0 } });
    expect(sourceRow(db, broken)).toMatchObject({ consecutiveFailures: 0, lastError: null, retryAfter: null });

    // Next hour: the feed answers 304 to the conditional GET.
    const notModified = await ingestAt(db, '2026-02-02T11:00:00Z');
    expect(notModified).toMatchObject({ counts: { sources: 2, notModified: 1, stored: 0 } });
    expect(server.requests.filter((request) => request.path === '/feed.xml').at(-1)?.conditional).toBe(true);

    // The hour after: a 200 with the same items (the ETag changed) stores nothing new.
    server.routes.set('/feed.xml', { body: rssFeed('Test news', items), etag: '"v2"' });
    expect(await ingestAt(db, '2026-02-02T12:00:00Z')).toMatchObject({
      counts: { items: 3, stored: 0, known: 3, processed: 0 },
    });
    expect(db.select().from(announcements).all()).toHaveLength(3);
    expect(db.select().from(candidates).all()).toHaveLength(candidateCount);
    expect(
      db
        .select()
        .from(jobRuns)
        .all()
        .map((run) => run.outcome),
    ).toEqual(Array(5).fill('succeeded'));
  });

  it('records a feed that is not valid XML as the source error, not a job failure', async () => {
    const { db } = freshDatabase();
    server.routes.set('/bad-xml', { body: '<rss><channel><item>&undefined;</channel>' });
    const source = addSource(db, '/bad-xml');
    expect(await ingestAt(db, '2026-02-02T10:00:00Z')).toMatchObject({ status: 'succeeded', counts: { failed: 1 } });
    expect(sourceRow(db, source)?.lastError).toBeTruthy();
  });
  it('reads a feed item’s headline with its body: the year and the winner the headline alone states', async () => {
    const { db } = freshDatabase();
    // A real announcement as a feed carries it: the headline in <title>, the rest in <description>.
    const [headline, ...body] = readFileSync('tests/fixtures/announcements/d02-ida-2023-winners.txt', 'utf8').split(
      '\n',
    );
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const item = { guid: 'ida-2023-winners', title: escape(headline!), text: escape(body.join('\n').trim()) };
    server.routes.set('/headline.xml', { body: rssFeed('Test news', [item]) });
    addSource(db, '/headline.xml');
    // The item is dated 2026 (rssFeed's pubDate): only the headline says 2023.
    await ingestAt(db, '2026-02-02T10:00:00Z');
    const bobiWine = db
      .select()
      .from(candidates)
      .all()
      .find((candidate) => candidate.film.startsWith('Bobi Wine'));
    expect(bobiWine).toMatchObject({ status: 'won', year: 2023, award: expect.stringContaining('IDA') });
  });
});
