// How proxy.ts answers a repeated API request without entering the route handler at all: the answer
// cache (./response-cache.ts, in the route handlers' bundle) publishes its lookup on globalThis, and the
// proxy (a bundle of its own in the same process) finds it there. Until an API route has loaded, or where
// the proxy runs elsewhere, there is no lookup and every request goes to its route handler as before.
// Only the lookup crosses over, so the proxy opens no database connection of its own.
import { crossBundleSlot } from '@/app/_lib/cross-bundle';
import type { JsonAnswer } from './respond';

/** The answer kept for this URL, if the database has not changed since it was read. */
export type AnswerLookup = (url: string) => JsonAnswer | undefined;

const slot = crossBundleSlot<AnswerLookup>('api.answerLookup');
export const publishAnswerLookup = slot.publish;
export const findAnswerLookup = slot.find;
