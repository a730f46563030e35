// A feed is built once per state of the database: readers polling it between two writes are answered
// from memory, and the first request after any write (by any connection) gets the new document. Each
// origin gets its own document, since every link in it carries the origin.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as siteAtom } from '@/app/feeds/all.atom/route';
import { GET as siteRss } from '@/app/feeds/all.rss/route';
import { GET as filmFeed } from '@/app/feeds/films/[file]/route';
import { followPaths } from '@/app/feeds/_lib/paths';
import { followResponse } from '@/app/feeds/_lib/respond';
import { findFilmTarget } from '@/db/queries/follow-scope';
import { openDatabase, type Executor } from '@/db/client';
import { changeStatus } from '@/db/queries/nominations';
import { nominations } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';
import { useAppDatabase } from '@/tests/helpers/next-request';
import { feedRequest, paramsOf, parseFeed } from './parse-feed';

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/db/queries/follow-events', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/db/queries/follow-events')>();
  return {
    ...original,
    listFollowEvents: (...args: Parameters<typeof original.listFollowEvents>) => {
      reads.count++;
      return original.listFollowEvents(...args);
    },
  };
});

const { db, file } = freshDatabase();
beforeAll(async () => {
  await seedDatabase(db);
  useAppDatabase(db);
});

/** A lost nomination reopened, committed by a connection of its own (as the CLI, a job or another instance). */
function reopenFromElsewhere(): number {
  const other = openDatabase(file);
  const lost = other.select({ id: nominations.id }).from(nominations).where(eq(nominations.status, 'lost')).get()!;
  changeStatus(other, { nominationId: lost.id, to: 'nominated', actor: 'test', note: 'Reopened in a test.' });
  other.$client.close();
  return lost.id;
}

describe('the feed cache', () => {
  it('builds a feed once while nothing is written, and again with the change after a write', async () => {
    const first = await (await siteAtom(feedRequest('/feeds/all.atom'))).text();
    const readsAfterFirst = reads.count;
    const second = await (await siteAtom(feedRequest('/feeds/all.atom'))).text();
    expect(second).toBe(first);
    expect(reads.count).toBe(readsAfterFirst);

    reopenFromElsewhere();
    const third = await (await siteAtom(feedRequest('/feeds/all.atom'))).text();
    expect(reads.count).toBe(readsAfterFirst + 1);
    const newest = (await parseFeed(third)).items[0]!;
    expect(newest.summary).toContain('Reopened in a test.');
    expect((await parseFeed(first)).items[0]!.guid).not.toBe(newest.guid);
  });

  it('reads the feed again after a write that landed while its target was being read', async () => {
    const path = followPaths.film('13th-2016');
    const renamedMidway = async (db: Executor) => {
      const target = await findFilmTarget(db, '13th-2016');
      const other = openDatabase(file);
      other.$client.prepare(`update films set title = '13th, renamed' where slug = '13th-2016'`).run();
      other.$client.close();
      return target;
    };
    const during = await followResponse(feedRequest(`${path}.atom`), renamedMidway, 'atom', path);
    expect(await during.text()).toContain('<title>13th (2016): status changes (Laurels)</title>');
    const next = await filmFeed(feedRequest(`${path}.atom`), paramsOf({ file: '13th-2016.atom' }));
    expect(await next.text()).toContain('<title>13th, renamed (2016): status changes (Laurels)</title>');
  });

  it('keeps no answer for an address that names nothing, so random addresses cannot crowd out feeds', async () => {
    let finds = 0;
    const nothing = async () => {
      finds += 1;
      return undefined;
    };
    const path = followPaths.film('no-such-film');
    for (let i = 0; i < 2; i++) {
      const response = await followResponse(feedRequest(`${path}.atom`), nothing, 'atom', path);
      expect(response.status).toBe(404);
    }
    expect(finds).toBe(2);
  });

  it('keeps one document per origin and format', async () => {
    const atom = await (await siteAtom(feedRequest('/feeds/all.atom'))).text();
    const rss = await (await siteRss(feedRequest('/feeds/all.rss'))).text();
    const elsewhere = await (
      await siteAtom(feedRequest('/feeds/all.atom', { 'x-forwarded-host': 'mirror.example' }))
    ).text();
    expect(rss).not.toBe(atom);
    expect(atom).toContain('https://laurels.example/');
    expect(elsewhere).toContain('https://mirror.example/');
    expect(elsewhere).not.toContain('https://laurels.example/');
  });
});
