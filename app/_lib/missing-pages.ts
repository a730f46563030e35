// How proxy.ts learns that an address names no record (isMissingPage, app/_lib/page-addresses.ts): the
// server's own bundle, where the database is, publishes the check at start (instrumentation.ts), and
// the proxy, a bundle of its own in the same process, finds it here. Until then, or where the proxy runs
// elsewhere, there is no check and every address goes on to its page, which answers a 404 itself.
import { crossBundleSlot } from './cross-bundle';

export type MissingPageCheck = (rawPath: string) => Promise<boolean>;

const slot = crossBundleSlot<MissingPageCheck>('pages.isMissing');
export const publishMissingPageCheck = slot.publish;
export const findMissingPageCheck = slot.find;

/** An address no route answers, where Next.js renders the site's whole 404 page (app/not-found.tsx). */
export const NOT_FOUND_PATH = '/_laurels/not-found';
