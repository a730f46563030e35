// How proxy.ts answers a repeated API request without entering the route handler at all: the answer
// cache (./response-cache.ts, in the route handlers' bundle) publishes its lookup on globalThis, and the
// proxy (a bundle of its own in the same process) finds it there. Until an API route has loaded, or where
// the proxy runs elsewhere, there is no lookup and every request goes to its route handler as before.
// Only the lookup crosses over, so the proxy opens no database connection of its own.
import type { JsonAnswer } from './respond';

/** The answer kept for this URL, if the database has not changed since it was read. */
export type AnswerLookup = (url: string) => JsonAnswer | undefined;

const KEY = Symbol.for('laurels.api.answerLookup');
const shared = globalThis as unknown as Record<symbol, AnswerLookup | undefined>;

export function publishAnswerLookup(lookup: AnswerLookup): void {
  shared[KEY] = lookup;
}

export function findAnswerLookup(): AnswerLookup | undefined {
  return shared[KEY];
}
