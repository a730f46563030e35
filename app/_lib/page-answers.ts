// How proxy.ts answers a reader asking for a whole public page whose rendering is cached and current: the
// HTML straight from db/page-cache.cjs (which publishes its lookup on globalThis: the proxy is a bundle of
// its own in the same process), without entering Next.js's page machinery, which costs more per request
// than the page itself once it is rendered. The page cache checks the database version, so a page is never
// older than the last commit. Anything else — a client navigation or prefetch (they want the RSC payload,
// not HTML), a page not cached yet, an error page — goes on to Next.js as before.
import { NextResponse, type NextRequest } from 'next/server';

/** A current page's HTML, encoded. */
type FreshHtml = (key: string) => Uint8Array<ArrayBuffer> | undefined;

const LOOKUP = Symbol.for('laurels.pages.freshHtml');
/** Headers Next.js's router sends when it wants the RSC payload rather than the document. */
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch'];
/** What Next.js sends with a page: its body depends on the router headers, so caches must tell them apart. */
const VARY = ROUTER_HEADERS.join(', ');

/** Whether the request asks for a whole HTML document (a page load, not a client navigation's payload). */
export function wantsDocument(request: NextRequest): boolean {
  return !ROUTER_HEADERS.some((name) => request.headers.has(name)) && !request.nextUrl.searchParams.has('_rsc');
}

/**
 * The cached page rendered under `key` (the page's own path, or the internal address proxy.ts rewrites it
 * to), as Next.js would send it, or null to let Next.js answer.
 */
export function cachedPageAnswer(request: NextRequest, key: string): NextResponse | null {
  if (!wantsDocument(request)) return null;
  const lookup = (globalThis as unknown as Record<symbol, FreshHtml | undefined>)[LOOKUP];
  const html = lookup?.(key);
  if (html === undefined) return null;
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(html.byteLength),
    'cache-control': 'no-cache',
    vary: VARY,
    // As Next.js marks a page it served from its cache.
    'x-nextjs-cache': 'HIT',
  };
  return new NextResponse(request.method === 'HEAD' ? null : html, { status: 200, headers });
}
