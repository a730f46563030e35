// Answers kept while the database is unchanged: each stamped with the database's state before it was read
// (db/data-version.cjs, the rule the page cache follows too). A request for the same key with the same
// stamp is then a Map lookup instead of queries and a rendering; any commit, by any connection or process,
// changes the stamp, so no answer outlives the data it was read from. A write that lands while an answer
// is being read leaves that answer with the older stamp, so it is never served again. Requests for one
// key that arrive while it is being read wait for that reading: after a write on a busy night, a popular
// answer is read once, not once per reader. The API's answers and the feeds and calendars each keep one,
// bounded by count and size (db/bounded-lru.cjs).
import { BoundedLru } from '@/db/bounded-lru.cjs';
import { databaseStamp } from '@/db/data-version.cjs';
import { getDb } from '@/db/client';

export interface StampedCache<T> {
  /**
   * The answer for `key`: the one kept, if the database has not changed since it was read, else from
   * `read`. Errors are thrown through and never kept; nor is null (an address that names nothing), so
   * that requests for random addresses cannot push real answers out.
   */
  get(key: string, read: () => Promise<T>): Promise<T>;
  /** The answer kept for `key` if the database has not changed since it was read. */
  lookup(key: string): T | undefined;
}

/** The database's state as the app's own connection sees it (in tests, a fresh database of their own). */
function currentStamp(): string | null {
  return databaseStamp(getDb().$client.name);
}

export function stampedCache<T>(
  bounds: { maxEntries: number; maxSize: number },
  /** What an answer counts towards maxSize. */
  sizeOf: (answer: T) => number,
): StampedCache<T> {
  const entries = new BoundedLru<{ stamp: string; answer: T }>(bounds);
  /** Readings under way, by stamp and key: a reading belongs to the state of the database it began in. */
  const reading = new Map<string, Promise<T>>();

  function kept(key: string, stamp: string | null): T | undefined {
    const hit = stamp === null ? undefined : entries.peek(key);
    if (!hit || hit.stamp !== stamp) return undefined;
    entries.touch(key);
    return hit.answer;
  }

  return {
    async get(key, read) {
      const stamp = currentStamp();
      const hit = kept(key, stamp);
      if (hit !== undefined) return hit;
      if (stamp === null) return read();
      const readingKey = `${stamp} ${key}`;
      let answer = reading.get(readingKey);
      if (!answer) {
        answer = read()
          .then((value) => {
            if (value !== null) entries.set(key, { stamp, answer: value }, sizeOf(value));
            return value;
          })
          .finally(() => reading.delete(readingKey));
        reading.set(readingKey, answer);
      }
      return answer;
    },
    lookup: (key) => kept(key, currentStamp()),
  };
}
