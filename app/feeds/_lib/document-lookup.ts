// How proxy.ts answers a repeated feed or calendar request without entering its route handler, as it does
// for the API (app/api/v1/_lib/answer-lookup.ts): the document cache (./respond.ts, in the route
// handlers' bundle) publishes its lookup on globalThis, and the proxy (a bundle of its own in the same
// process) finds it there. Until a feed route has loaded there is no lookup, and every request goes to its
// route handler. Only the lookup crosses over, so the proxy opens no database connection of its own.
import { crossBundleSlot } from '@/app/_lib/cross-bundle';
import type { FollowDocument } from './document-response';

/** The document kept for this key (./document-response.ts), if the database has not changed since. */
export type DocumentLookup = (key: string) => FollowDocument | undefined;

const slot = crossBundleSlot<DocumentLookup>('feeds.documentLookup');
export const publishDocumentLookup = slot.publish;
export const findDocumentLookup = slot.find;
