import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcements, ingestionSources, jobRuns } from '@/db/schema';
import { startScheduler, stopScheduler } from '@/jobs/scheduler';
import { freshDatabase } from '@/tests/helpers/db';
import { rssFeed, startFeedServer, type FeedServer } from '../ingest-job/feed-server';
import { finished, startLaurels } from '../ingest-job/laurels-process';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  server.routes.set('/scheduled.xml', {
    body: rssFeed('Scheduled', [
      { guid: 'sched-1', title: 'One', text: 'Imaginary Scheduled Film won Best Test Short.' },
    ]),
  });
});
afterAll(() => server.close());

async function until<T>(read: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the scheduler', () => {
  it('registers its tasks once per process and catches up what is due on start', async () => {
    const { db } = freshDatabase();
    db.insert(ingestionSources)
      .values({ url: server.url('/scheduled.xml'), kind: 'rss', schedule: '0 6 * * *' })
      .run();
    const lines: string[] = [];
    try {
      const tasks = startScheduler({ db: () => db, log: (line) => lines.push(line), catchUpAfterMs: 300 });
      expect(tasks.map((task) => task.name)).toEqual(['laurels:ingest', 'laurels:sweep', 'laurels:backup']);
      expect(startScheduler({ db: () => db })).toBe(tasks);
      // The catch-up waits, so that a server answers its first readers first.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(db.select().from(jobRuns).all()).toEqual([]);
      const run = await until(() =>
        db
          .select()
          .from(jobRuns)
          .all()
          .find((row) => row.job === 'ingest' && row.outcome !== 'running'),
      );
      expect(run).toMatchObject({ job: 'ingest', trigger: 'catch-up', outcome: 'succeeded' });
      expect(db.select().from(announcements).all()).toHaveLength(1);
    } finally {
      await stopScheduler();
    }
    expect(lines.some((line) => line.startsWith('job ingest: {"sources":1,'))).toBe(true);
  });
});

describe('laurels worker', () => {
  it('runs the due jobs without the web server and stops on SIGTERM', async () => {
    const { db, file } = freshDatabase();
    db.insert(ingestionSources)
      .values({ url: server.url('/scheduled.xml'), kind: 'rss', schedule: '0 6 * * *' })
      .run();
    const worker = startLaurels(file, 'worker');
    const exited = finished(worker);
    await until(
      () =>
        db
          .select()
          .from(jobRuns)
          .all()
          .find((row) => row.job === 'ingest' && row.outcome === 'succeeded'),
      20_000,
    );
    worker.kill('SIGTERM');
    const { code, stdout, stderr } = await exited;
    expect(stderr).toBe('');
    expect(stdout).toContain('laurels worker: running the scheduled jobs');
    expect(code).toBe(0);
    expect(db.select().from(announcements).all()).toHaveLength(1);
  }, 30_000);
});
