// Kills the ingest job with SIGKILL while an announcement's candidates are written but not committed,
// then shows that the database is intact, holds none of that announcement's work, and that the next run
// processes every announcement exactly once. (tests/unit/jobs/ingest-job/crash.test.ts kills it while a
// feed is being read instead.)
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcements, candidates, ingestionSources, jobRuns } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { rssFeed, startFeedServer, type FeedServer } from '../jobs/ingest-job/feed-server';
import { runLaurels } from '../jobs/ingest-job/laurels-process';
import { killHard, startChild } from './child-process';
import { integrity } from './invariants';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const items = Array.from({ length: 3 }, (_, n) => ({
  guid: `mid-${n + 1}`,
  title: `Test story ${n + 1}`,
  text: `Imaginary Crash Film ${n + 1} has won Best Test Feature at the 2026 Test Documentary Awards.`,
}));

describe('an ingest run killed while it writes an announcement’s candidates', () => {
  it('leaves none of that announcement’s work behind, and the next run processes each one once', async () => {
    const { db, file } = freshDatabase();
    server.routes.set('/mid-write.xml', { body: rssFeed('Mid-write', items) });
    db.insert(ingestionSources)
      .values({ url: server.url('/mid-write.xml'), kind: 'rss', schedule: '0 * * * *' })
      .run();

    const child = startChild(file, 'ingest-child.ts');
    const pausedOn = Number((await child.line('halfway')).split(' ')[1]);
    await killHard(child);

    expect(integrity(db)).toBe('ok');
    const stored = db.select().from(announcements).orderBy(asc(announcements.id)).all();
    expect(stored.map((row) => row.guid)).toEqual(['mid-1', 'mid-2', 'mid-3']);
    // The first announcement was committed whole; the one the kill landed in has nothing at all, though
    // its candidates were written before the kill (in a transaction that never committed).
    const processed = stored.filter((row) => row.processedAt !== null).map((row) => row.id);
    expect(processed).toHaveLength(1);
    expect(processed).not.toContain(pausedOn);
    const candidatesOf = (id: number) =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(candidates)
        .where(sql`${candidates.announcementId} = ${id}`)
        .get()!.n;
    expect(candidatesOf(processed[0]!)).toBeGreaterThan(0);
    expect(candidatesOf(pausedOn)).toBe(0);

    const rerun = await runLaurels(file, 'jobs', 'run', 'ingest');
    expect(rerun).toMatchObject({ code: 0, stderr: '' });
    expect(integrity(db)).toBe('ok');
    expect(
      db
        .select()
        .from(jobRuns)
        .orderBy(asc(jobRuns.id))
        .all()
        .map((run) => run.outcome),
    ).toEqual(['abandoned', 'succeeded']);
    expect(
      db
        .select()
        .from(announcements)
        .all()
        .every((row) => row.processedAt !== null),
    ).toBe(true);
    const perAnnouncement = db
      .select({ id: candidates.announcementId, film: candidates.film, n: sql<number>`count(*)` })
      .from(candidates)
      .groupBy(candidates.announcementId, candidates.film)
      .all();
    expect(perAnnouncement.every((row) => row.n === 1)).toBe(true);
    expect(new Set(perAnnouncement.map((row) => row.id))).toEqual(new Set(stored.map((row) => row.id)));
  }, 60_000);
});
