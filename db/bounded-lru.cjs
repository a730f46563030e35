// A map bounded by count and by size, least recently used going first: what the page cache
// (db/page-cache.cjs) and the caches of API answers and feeds (app/_lib/stamped-cache.ts) keep. The size is
// whatever the owner measures (bytes, characters); one entry is kept even when it alone exceeds the bound,
// so the page just stored is still there to be served.
// Plain CommonJS because the page cache, which Next.js loads by path, requires it.
class BoundedLru {
  /** key → { value, size }, least recently used first (a Map keeps insertion order). */
  #entries = new Map();
  #totalSize = 0;

  /**
   * @param {{ maxEntries: number, maxSize: number, onRemove?: (key: string) => void }} bounds onRemove is
   *   told of every key that leaves, evicted or removed.
   */
  constructor({ maxEntries, maxSize, onRemove }) {
    this.maxEntries = maxEntries;
    this.maxSize = maxSize;
    this.onRemove = onRemove;
  }

  get size() {
    return this.#entries.size;
  }

  get totalSize() {
    return this.#totalSize;
  }

  /** The value kept for `key`; it does not count as a use (see touch). */
  peek(key) {
    return this.#entries.get(key)?.value;
  }

  /** Counts `key` as used now: it goes last among those to be evicted. */
  touch(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
  }

  /** Keeps `value` under `key` (replacing what was there) as the most recently used, then evicts. */
  set(key, value, size) {
    this.delete(key);
    this.#entries.set(key, { value, size });
    this.#totalSize += size;
    this.#evictOverflow();
  }

  /** Counts `extra` more towards the size of what `key` holds (it grew in place), then evicts. */
  grow(key, extra) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    entry.size += extra;
    this.#totalSize += extra;
    this.#evictOverflow();
  }

  /** Removes `key`; returns its value, or undefined when nothing was kept. */
  delete(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#totalSize -= entry.size;
    this.onRemove?.(key);
    return entry.value;
  }

  /** [key, value] pairs, least recently used first; safe to delete from while iterating. */
  *entries() {
    for (const [key, entry] of [...this.#entries]) yield [key, entry.value];
  }

  #evictOverflow() {
    while (this.#entries.size > this.maxEntries || (this.#totalSize > this.maxSize && this.#entries.size > 1)) {
      this.delete(this.#entries.keys().next().value);
    }
  }
}

module.exports = { BoundedLru };
