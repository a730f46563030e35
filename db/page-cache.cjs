// Next.js's cache handler for Laurels: rendered pages kept in memory for as long as the database is
// unchanged. Every commit to the database, by this process or any other (an admin, the CLI, a job, a
// second app instance), changes the version db/data-version.cjs reads, so a page is never served from
// before the latest write.
// Plain CommonJS because Next.js loads it by path, outside the app's TypeScript build.
const { BoundedLru } = require('./bounded-lru.cjs');
const { databaseStamp } = require('./data-version.cjs');

// Search and the dashboard make a page per distinct query, so the cache is bounded by size as well as
// by count: at most 5,000 pages and at most this many bytes of HTML and payloads, least recently used
// going first. The process holds two to three times what is counted here (measured: 800 distinct searches
// of about 100 KB each took the server from 135 MB to 650 MB under a 200 MB bound), and the server must
// stay under 500 MB, hence 96 MB: still some hundreds of pages, far more than are ever hot at once.
const MAX_ENTRIES = 5000;
const MAX_BYTES = 96 * 1024 * 1024;
/** Far longer than any render takes: a miss older than this belongs to a render that failed. */
const ABANDONED_RENDER_MS = 60_000;
const PAGE_KEY = /^\/route-cache\/APP_PAGE\/[^/]+\/\$(\/.*)$/;
const pathOf = (key) => PAGE_KEY.exec(key)?.[1];

// Next.js makes a handler per request, so what must outlive a request lives outside it — on globalThis,
// not in the module: Next.js may load this file more than once in one process, and proxy.ts must see the
// pages the renderer stored.
const state = (globalThis[Symbol.for('laurels.pages.state')] ??= createState());
const { pages, missedAt, keyOfPath } = state;

function createState() {
  /** A page's path → its key. Next.js 16 keys a page '/route-cache/APP_PAGE/<route hash>/$<path>'. */
  const keyOfPath = new Map();
  return {
    /** key → { value, version, htmlBytes? }, sized in bytes of HTML and payloads. */
    pages: new BoundedLru({
      maxEntries: MAX_ENTRIES,
      maxSize: MAX_BYTES,
      onRemove(key) {
        const path = pathOf(key);
        if (path !== undefined && keyOfPath.get(path) === key) keyOfPath.delete(path);
      },
    }),
    /**
     * key → [{ version, at }]: one record per render of the key still under way, oldest first, each with
     * the database version when it missed. A render reads data no older than the version of its own miss.
     */
    missedAt: new Map(),
    keyOfPath,
  };
}

const bytesOf = (value) => (typeof value === 'string' ? value.length * 2 : (value?.byteLength ?? 0));

/** Roughly what an entry holds in memory: its HTML, its RSC payload and those of its segments. */
function sizeOf(data) {
  let size = bytesOf(data.html) + bytesOf(data.rscData) + bytesOf(data.body);
  if (data.segmentData instanceof Map) for (const segment of data.segmentData.values()) size += bytesOf(segment);
  return size;
}

/**
 * The HTML of the page at `path` (as routed, after proxy.ts's rewrite), if the database has not changed
 * since it was rendered and it is a plain 200 page: what proxy.ts sends a reader asking for a whole page (app/_lib/page-answers.ts),
 * without entering Next.js's page machinery. Published on globalThis because the proxy is a bundle of
 * its own in the same process; where it finds nothing, Next.js serves the page as before.
 */
function freshHtml(path) {
  const key = keyOfPath.get(path);
  const entry = key === undefined ? undefined : pages.peek(key);
  const data = entry?.value.value;
  if (!data || data.kind !== 'APP_PAGE' || typeof data.html !== 'string') return undefined;
  if ((data.status ?? 200) !== 200 || data.postponed) return undefined;
  if (entry.version !== databaseStamp()) return undefined;
  pages.touch(key);
  // Encoded once per rendering, not once per request: a page of a few hundred kilobytes took a good share
  // of each answer's time to turn into UTF-8 again.
  if (!entry.htmlBytes) {
    entry.htmlBytes = Buffer.from(data.html);
    pages.grow(key, entry.htmlBytes.byteLength);
  }
  return entry.htmlBytes;
}
globalThis[Symbol.for('laurels.pages.freshHtml')] = freshHtml;

module.exports = class CataloguePageCache {
  async get(key) {
    const version = databaseStamp();
    const entry = pages.peek(key);
    if (entry && version !== null && entry.version === version) {
      pages.touch(key);
      return entry.value;
    }
    pages.delete(key);
    // A record whose render never stored anything (it failed) stops counting after a while, or the page
    // would never be cached again.
    const now = Date.now();
    const pending = (missedAt.get(key) ?? []).filter((miss) => now - miss.at <= ABANDONED_RENDER_MS);
    pending.push({ version, at: now });
    missedAt.set(key, pending);
    return null;
  }

  async set(key, data, ctx) {
    // Stamp the entry with the version from before its render began: a write that lands during the
    // render makes the entry outdated at once, instead of hiding that write. Renders of one page can
    // overlap (a prefetch and a visit), and which miss a set belongs to is not known; so the entry takes
    // the oldest pending version, which is no newer than its own render's, and the newest record goes:
    // every render still under way keeps a record no newer than its own. (Taking the version of the
    // latest miss would store a page read before a save under a version from after it.)
    const pending = missedAt.get(key) ?? [];
    const version = pending[0]?.version;
    pending.pop();
    if (!pending.length) missedAt.delete(key);
    pages.delete(key);
    if (data === null || version === undefined || version === null) return;
    const value = { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] };
    pages.set(key, { value, version }, sizeOf(data));
    const path = pathOf(key);
    if (path !== undefined) keyOfPath.set(path, key);
  }

  async revalidateTag(tags) {
    const wanted = new Set([tags].flat());
    for (const [key, entry] of pages.entries()) {
      if (entry.value.tags.some((tag) => wanted.has(tag))) pages.delete(key);
    }
  }

  resetRequestCache() {}
};
