// The API's answers, kept while the database is unchanged: the JSON text and ETag of each URL, stamped
// with the database's state before the answer was read (db/data-version.cjs, the same rule the page
// cache follows). A request for the same URL with the same stamp is then a Map lookup instead of a few
// queries, a schema check and a hash; any commit, by any connection or process, changes the stamp, so no
// answer outlives the data it was read from. A write that lands while an answer is being read leaves
// that answer with the older stamp, so it is never served again.
import { BoundedLru } from '@/db/bounded-lru.cjs';
import { databaseStamp } from '@/db/data-version.cjs';
import { getDb } from '@/db/client';
import { publishAnswerLookup } from './answer-lookup';
import type { JsonAnswer } from './respond';

interface Entry {
  stamp: string;
  answer: JsonAnswer;
}

// Bounded both ways, sized in characters of JSON: many small answers or fewer large lists.
const entries = new BoundedLru<Entry>({ maxEntries: 2000, maxSize: 32 * 1024 * 1024 });

/** The database's state as the app's own connection sees it (in tests, a fresh database of their own). */
function currentStamp(): string | null {
  return databaseStamp(getDb().$client.name);
}

/** The answer kept for `key` if the database has not changed since it was read. */
function lookup(key: string, stamp: string | null): JsonAnswer | undefined {
  const hit = stamp === null ? undefined : entries.peek(key);
  if (!hit || hit.stamp !== stamp) return undefined;
  entries.touch(key);
  return hit.answer;
}

/**
 * The answer for `key` (the whole URL: answers carry absolute links, so the host is part of it), from
 * the cache when the database has not changed since it was read, else from `read`. Errors are thrown
 * through and never kept.
 */
export async function cachedAnswer(key: string, read: () => Promise<JsonAnswer>): Promise<JsonAnswer> {
  const stamp = currentStamp();
  const hit = lookup(key, stamp);
  if (hit) return hit;
  const answer = await read();
  if (stamp !== null) entries.set(key, { stamp, answer }, answer.body.length);
  return answer;
}

// proxy.ts answers hits before routing (./answer-lookup.ts).
publishAnswerLookup((key) => lookup(key, currentStamp()));
