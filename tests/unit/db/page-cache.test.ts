// The page cache serves a rendered page only while the database is unchanged, whoever changed it.
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../helpers/db';

type Handler = {
  get(key: string): Promise<{ value: unknown } | null>;
  set(key: string, data: unknown, ctx: { tags: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

const { file } = freshDatabase();
let PageCache: new () => Handler;

beforeAll(() => {
  process.env.LAURELS_DB = file;
  PageCache = createRequire(import.meta.url)('../../../db/page-cache.cjs');
});

/** A commit from a connection of its own, as another process (the CLI, a job, a second instance) makes. */
function writeFromElsewhere() {
  const other = new Database(file);
  other.prepare(`insert into settings (key, value) values (?, 'x')`).run(`k${Math.random()}`);
  other.close();
}

async function render(cache: Handler, key: string, page: string) {
  const hit = await cache.get(key);
  if (hit) return hit.value;
  await cache.set(key, page, { tags: [] });
  return null;
}

describe('page cache', () => {
  it('serves a page again while nothing was written, across handler instances', async () => {
    await render(new PageCache(), 'a', 'page A');
    expect(await new PageCache().get('a')).toMatchObject({ value: 'page A' });
  });

  it('drops a page once anything is written to the database', async () => {
    await render(new PageCache(), 'b', 'page B');
    writeFromElsewhere();
    expect(await new PageCache().get('b')).toBeNull();
  });

  it('does not keep a page whose render overlapped a write', async () => {
    const cache = new PageCache();
    expect(await cache.get('c')).toBeNull(); // miss: the render starts here…
    writeFromElsewhere(); // …a write lands while it renders…
    await cache.set('c', 'page C, maybe without the write', { tags: [] });
    expect(await cache.get('c')).toBeNull(); // …so the page is rendered again.
  });

  it('does not keep the older of two overlapping renders as current (a prefetch and a visit)', async () => {
    const cache = new PageCache();
    expect(await cache.get('e')).toBeNull(); // the prefetch's render starts…
    writeFromElsewhere(); // …an editor saves…
    expect(await cache.get('e')).toBeNull(); // …the visit's render starts after the save…
    await cache.set('e', 'page E from before the save', { tags: [] }); // …and the prefetch's ends first.
    expect(await cache.get('e')).toBeNull();
  });

  it('does not keep an older render as current when a newer one of the same page ended first', async () => {
    const cache = new PageCache();
    expect(await cache.get('f')).toBeNull(); // render 1 starts…
    writeFromElsewhere();
    expect(await cache.get('f')).toBeNull(); // …render 2 starts after a save, and ends first:
    await cache.set('f', 'page F after the save', { tags: [] });
    expect(await cache.get('f')).toBeNull(); // (stored under the older version, to be safe) render 3 starts…
    await cache.set('f', 'page F from before the save', { tags: [] }); // …render 1 ends…
    expect(await cache.get('f')).toBeNull(); // …and its page is not served (render 4 starts).
    await cache.set('f', 'page F after the save', { tags: [] }); // renders 3 and 4 end
    await cache.set('f', 'page F after the save', { tags: [] });
    // With no render under way any more, the next one is kept as current.
    expect(await cache.get('f')).toBeNull();
    await cache.set('f', 'page F after the save', { tags: [] });
    expect(await cache.get('f')).toMatchObject({ value: 'page F after the save' });
  });

  it('keeps nothing it did not see missed (no version to stamp it with)', async () => {
    const cache = new PageCache();
    await cache.set('g', 'never missed', { tags: [] });
    expect(await cache.get('g')).toBeNull();
  });

  it('drops pages by tag when Next.js revalidates one', async () => {
    const cache = new PageCache();
    expect(await cache.get('d')).toBeNull();
    await cache.set('d', 'page D', { tags: ['/films/x'] });
    await cache.revalidateTag('/films/x');
    expect(await cache.get('d')).toBeNull();
  });

  it('keeps at most 96 MB of pages, dropping the least recently used first', async () => {
    const cache = new PageCache();
    // Sizes as Next.js's entries report them (byteLength of the RSC payload), without allocating them.
    const page = (mb: number) => ({ kind: 'APP_PAGE', html: '', rscData: { byteLength: mb * 1024 * 1024 } });
    for (const key of ['big1', 'big2', 'big3']) {
      expect(await cache.get(key)).toBeNull();
      await cache.set(key, page(40), { tags: [] });
    }
    expect(await cache.get('big1')).toBeNull(); // 120 MB would be too much: the oldest went
    expect(await cache.get('big3')).not.toBeNull();
    expect(await cache.get('big2')).not.toBeNull();
  });

  it('counts a page proxy.ts answered as used, so busy pages are not the first to go', async () => {
    const cache = new PageCache();
    const freshHtml = (globalThis as unknown as Record<symbol, (path: string) => Uint8Array | undefined>)[
      Symbol.for('laurels.pages.freshHtml')
    ]!;
    const page = (mb: number) => ({ kind: 'APP_PAGE', html: 'x', rscData: { byteLength: mb * 1024 * 1024 } });
    const key = (name: string) => `/route-cache/APP_PAGE/h/$/films/${name}`;
    for (const name of ['busy', 'quiet']) {
      expect(await cache.get(key(name))).toBeNull();
      await cache.set(key(name), page(40), { tags: [] });
    }
    expect(freshHtml('/films/busy')).toBeDefined(); // answered by the proxy: now the most recently used
    expect(await cache.get(key('new'))).toBeNull();
    await cache.set(key('new'), page(40), { tags: [] });
    expect(await cache.get(key('quiet'))).toBeNull(); // the least recently used went
    expect(freshHtml('/films/busy')).toBeDefined();
  });

  it("hands proxy.ts a page's current HTML by its path, and nothing once the database changes", async () => {
    const freshHtml = (globalThis as unknown as Record<symbol, (path: string) => Uint8Array | undefined>)[
      Symbol.for('laurels.pages.freshHtml')
    ]!;
    const key = '/route-cache/APP_PAGE/0123abcd/$/films/the-lovers-and-the-despot-2016';
    const page = (status: number) => ({ kind: 'APP_PAGE', html: '<p>the page</p>', rscData: undefined, status });
    const cache = new PageCache();
    await cache.get(key);
    await cache.set(key, page(200), { tags: [] });
    expect(freshHtml('/films/the-lovers-and-the-despot-2016')?.toString()).toBe('<p>the page</p>');
    expect(freshHtml('/films/another')).toBeUndefined();
    writeFromElsewhere();
    expect(freshHtml('/films/the-lovers-and-the-despot-2016')).toBeUndefined();

    // A not-found page stays with Next.js, which sends it with its status.
    await cache.get(key);
    await cache.set(key, page(404), { tags: [] });
    expect(freshHtml('/films/the-lovers-and-the-despot-2016')).toBeUndefined();
  });
});
