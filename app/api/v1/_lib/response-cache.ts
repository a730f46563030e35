// The API's answers, kept while the database is unchanged (app/_lib/stamped-cache.ts): the JSON text and
// ETag of each URL.
import { stampedCache } from '@/app/_lib/stamped-cache';
import { publishAnswerLookup } from './answer-lookup';
import type { JsonAnswer } from './respond';

// Bounded both ways, sized in characters of JSON: many small answers or fewer large lists.
const answers = stampedCache<JsonAnswer>(
  { maxEntries: 2000, maxSize: 32 * 1024 * 1024 },
  (answer) => answer.body.length,
);

/**
 * The answer for `key` (the whole URL: answers carry absolute links, so the host is part of it), from
 * the cache when the database has not changed since it was read, else from `read`. Errors are thrown
 * through and never kept.
 */
export const cachedAnswer = answers.get;

// proxy.ts answers hits before routing (./answer-lookup.ts).
publishAnswerLookup(answers.lookup);
