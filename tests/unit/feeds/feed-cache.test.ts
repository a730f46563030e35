// A feed is built once per state of the database: readers polling it between two writes are answered
// from memory, and the first request after any write (by any connection) gets the new document. Each
// origin gets its own document, since every link in it carries the origin.
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as siteAtom } from '@/app/feeds/all.atom/route';
import { GET as siteRss } from '@/app/feeds/all.rss/route';
import { GET as awardFeed } from '@/app/feeds/awards/[file]/route';
import { GET as filmFeed } from '@/app/feeds/films/[file]/route';
import { followPaths } from '@/app/feeds/_lib/paths';
import { followResponse } from '@/app/feeds/_lib/respond';
import { findFilmTarget } from '@/db/queries/follow-scope';
import { openDatabase, type Executor } from '@/db/client';
import { changeStatus } from '@/db/queries/nominations';
import { awards, nominations } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { proxy } from '@/proxy';
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

  it('lets the proxy answer a kept feed or calendar as its route does, only while the database is unchanged', async () => {
    const award = db.select({ slug: awards.slug }).from(awards).get()!.slug;
    const routes = [
      {
        path: '/feeds/films/13th-2016.atom',
        route: () => filmFeed(feedRequest('/feeds/films/13th-2016.atom'), paramsOf({ file: '13th-2016.atom' })),
      },
      {
        path: `/feeds/awards/${award}.ics`,
        route: () => awardFeed(feedRequest(`/feeds/awards/${award}.ics`), paramsOf({ file: `${award}.ics` })),
      },
    ];
    const viaProxy = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
      proxy(new NextRequest(feedRequest(path, init.headers), { method: init.method }));
    const passedOn = (response: Response) => response.headers.get('x-middleware-next') === '1';
    reopenFromElsewhere();
    for (const { path, route } of routes) {
      expect(passedOn(await viaProxy(path))).toBe(true);
      const fromRoute = await route();
      const fromProxy = await viaProxy(path);
      expect(fromProxy.status).toBe(200);
      expect(await fromProxy.text()).toBe(await fromRoute.text());
      expect(Object.fromEntries(fromProxy.headers)).toEqual(Object.fromEntries(fromRoute.headers));
      const etag = fromRoute.headers.get('etag')!;
      expect((await viaProxy(path, { headers: { 'if-none-match': etag } })).status).toBe(304);
      const head = await viaProxy(path, { method: 'HEAD' });
      expect([head.status, await head.text()]).toEqual([200, '']);
      // Another origin has documents of its own; an escaped address goes to the route.
      expect(passedOn(await viaProxy(path, { headers: { 'x-forwarded-host': 'mirror.example' } }))).toBe(true);
      expect(passedOn(await viaProxy(path.replace('.', '%2E')))).toBe(true);
    }
    reopenFromElsewhere();
    for (const { path } of routes) expect(passedOn(await viaProxy(path))).toBe(true);
  });
});
