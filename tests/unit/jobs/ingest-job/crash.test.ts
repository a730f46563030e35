// Kills `laurels jobs run ingest` mid-run and shows that the next run completes with nothing duplicated
// or lost and the database intact.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcements, candidates, ingestionSources, jobRuns } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { rssFeed, startFeedServer, type FeedServer } from './feed-server';
import { finished, runLaurels, startLaurels } from './laurels-process';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const itemsOf = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, n) => ({
    guid: `${prefix}-${n + 1}`,
    title: `Test story ${prefix} ${n + 1}`,
    text: `Imaginary Crash Film ${prefix.toUpperCase()} ${n + 1} has won Best Test Feature at the 2026 Test Documentary Awards.`,
  }));

describe('a worker killed mid-run', () => {
  it('leaves nothing duplicated or lost: the next run completes the work', async () => {
    const { db, file } = freshDatabase();
    server.routes.set('/crash-a.xml', { body: rssFeed('A', itemsOf('a', 3)) });
    server.routes.set('/crash-slow.xml', { body: rssFeed('Slow', itemsOf('slow', 2)), delayMs: 20_000 });
    server.routes.set('/crash-c.xml', { body: rssFeed('C', itemsOf('c', 2)) });
    for (const path of ['/crash-a.xml', '/crash-slow.xml', '/crash-c.xml']) {
      db.insert(ingestionSources)
        .values({ url: server.url(path), kind: 'rss', schedule: '0 * * * *' })
        .run();
    }

    const child = startLaurels(file, 'jobs', 'run', 'ingest');
    const exited = finished(child);
    // The first feed is stored; the kill lands while the second is being read.
    await server.nextRequest('/crash-slow.xml');
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    expect(
      db
        .select()
        .from(jobRuns)
        .all()
        .map((run) => run.outcome),
    ).toEqual(['running']);
    const storedBeforeKill = db.select().from(announcements).all();
    expect(storedBeforeKill.map((row) => row.guid).sort()).toEqual(['a-1', 'a-2', 'a-3']);
    expect(storedBeforeKill.every((row) => row.processedAt === null)).toBe(true);

    server.routes.set('/crash-slow.xml', { body: rssFeed('Slow', itemsOf('slow', 2)) });
    const rerun = await runLaurels(file, 'jobs', 'run', 'ingest');
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);

    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(
      db
        .select()
        .from(jobRuns)
        .orderBy(jobRuns.id)
        .all()
        .map((run) => run.outcome),
    ).toEqual(['abandoned', 'succeeded']);
    const stored = db.select().from(announcements).all();
    expect(stored.map((row) => row.guid).sort()).toEqual(['a-1', 'a-2', 'a-3', 'c-1', 'c-2', 'slow-1', 'slow-2']);
    expect(stored.every((row) => row.processedAt !== null)).toBe(true);
    // Every announcement yielded its candidate exactly once.
    const perAnnouncement = db
      .select({ announcementId: candidates.announcementId, film: candidates.film, n: sql<number>`count(*)` })
      .from(candidates)
      .groupBy(candidates.announcementId, candidates.film)
      .all();
    expect(perAnnouncement.every((row) => row.n === 1)).toBe(true);
    expect(new Set(perAnnouncement.map((row) => row.announcementId)).size).toBe(7);
  }, 60_000);
});
