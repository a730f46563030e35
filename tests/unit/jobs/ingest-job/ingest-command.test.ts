// `laurels ingest URL|--source ID` and `laurels jobs run|list`, run as a user would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcements, ingestionSources } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { rssFeed, startFeedServer, type FeedServer } from './feed-server';
import { runLaurels } from './laurels-process';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  server.routes.set('/cli-feed.xml', {
    body: rssFeed('CLI test news', [
      { guid: 'cli-1', title: 'First', text: 'Imaginary CLI Film One was nominated for Best Test Feature.' },
      { guid: 'cli-2', title: 'Second', text: 'Imaginary CLI Film Two was shortlisted for Best Test Short.' },
    ]),
  });
});
afterAll(() => server.close());

describe('laurels ingest', () => {
  it('reads a URL that is not a stored source, prints what it stored, and stores nothing twice', async () => {
    const { db, file } = freshDatabase();
    const first = await runLaurels(file, 'ingest', server.url('/cli-feed.xml'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`${server.url('/cli-feed.xml')} (rss): 2 item(s) read, 2 stored, 0 already stored.`);
    expect(first.stdout).toMatch(/2 announcement\(s\) processed: \d+ applied, \d+ confirmed, \d+ queued for review\./);
    expect(
      db
        .select()
        .from(announcements)
        .all()
        .map((row) => row.ingestionSourceId),
    ).toEqual([null, null]);

    const again = await runLaurels(file, 'ingest', server.url('/cli-feed.xml'));
    expect(again.stdout).toContain('2 item(s) read, 0 stored, 2 already stored.');
    expect(db.select().from(announcements).all()).toHaveLength(2);
  }, 30_000);

  it('reads a stored source by id and records the read on it', async () => {
    const { db, file } = freshDatabase();
    const source = db
      .insert(ingestionSources)
      .values({ url: server.url('/cli-feed.xml'), kind: 'rss', schedule: '0 6 * * *' })
      .returning()
      .get();
    const result = await runLaurels(file, 'ingest', '--source', String(source.id));
    expect(result.code).toBe(0);
    expect(
      db
        .select()
        .from(announcements)
        .all()
        .map((row) => row.ingestionSourceId),
    ).toEqual([source.id, source.id]);
    expect(db.select().from(ingestionSources).get()?.lastSuccessAt).not.toBeNull();
  }, 30_000);

  it('exits 1 with the reason on standard error when the source cannot be read', async () => {
    const { file } = freshDatabase();
    const missing = await runLaurels(file, 'ingest', server.url('/no-such-feed.xml'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^laurels: .*404/);

    const noSource = await runLaurels(file, 'ingest', '--source', '99');
    expect(noSource).toMatchObject({ code: 1, stderr: 'laurels: There is no source with id 99.\n' });
    const tooLong = await runLaurels(file, 'ingest', '--source', '99999999999999999999999');
    expect(tooLong).toMatchObject({
      code: 1,
      stderr: 'laurels: “99999999999999999999999” is not a source id (see sources list).\n',
    });
  }, 30_000);
});

describe('laurels jobs', () => {
  it('runs a job now and lists how it ran; an unknown job is an error', async () => {
    const { file } = freshDatabase();
    const run = await runLaurels(file, 'jobs', 'run', 'ingest');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ingest succeeded: \{"sources":0,/);
    const list = await runLaurels(file, 'jobs', 'list');
    expect(list.stdout).toMatch(/^ingest\t.*\n\tlast run .* \(manual\): succeeded/);
    const unknown = await runLaurels(file, 'jobs', 'run', 'nope');
    expect(unknown).toMatchObject({
      code: 1,
      stderr: 'laurels: There is no job named "nope" (known: ingest, sweep, backup).\n',
    });
  }, 30_000);
});
