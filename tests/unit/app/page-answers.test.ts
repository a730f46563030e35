// proxy.ts answers a reader's request for a whole page from the page cache, and leaves everything else
// (client navigations, prefetches, pages not cached) to Next.js.
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedPageAnswer } from '@/app/_lib/page-answers';

const LOOKUP = Symbol.for('laurels.pages.freshHtml');
const shared = globalThis as unknown as Record<symbol, unknown>;
const original = shared[LOOKUP];
afterEach(() => {
  shared[LOOKUP] = original;
});

const pages: Record<string, Uint8Array> = { '/films/13th-2016': Buffer.from('<h1>13th – the film</h1>') };
const request = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(url, 'http://laurels.test'), init);

describe('cached page answers', () => {
  it('sends a cached page as Next.js would, fresh on every visit', async () => {
    shared[LOOKUP] = (path: string) => pages[path];
    const answer = cachedPageAnswer(request('/films/13th-2016'), '/films/13th-2016')!;
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(answer.headers.get('vary')).toContain('rsc');
    expect(answer.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await answer.text()).toBe('<h1>13th – the film</h1>');
    expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength('<h1>13th – the film</h1>')));
    const head = cachedPageAnswer(request('/films/13th-2016', { method: 'HEAD' }), '/films/13th-2016')!;
    expect(await head.text()).toBe('');
  });

  it('leaves client navigations, prefetches and pages not cached to Next.js', () => {
    shared[LOOKUP] = (path: string) => pages[path];
    expect(cachedPageAnswer(request('/films/13th-2016', { headers: { RSC: '1' } }), '/films/13th-2016')).toBeNull();
    expect(
      cachedPageAnswer(request('/films/13th-2016', { headers: { 'Next-Router-Prefetch': '1' } }), '/films/13th-2016'),
    ).toBeNull();
    expect(cachedPageAnswer(request('/films/13th-2016?_rsc=x1'), '/films/13th-2016')).toBeNull();
    expect(cachedPageAnswer(request('/films/other'), '/films/other')).toBeNull();
    shared[LOOKUP] = undefined;
    expect(cachedPageAnswer(request('/films/13th-2016'), '/films/13th-2016')).toBeNull();
  });
});
