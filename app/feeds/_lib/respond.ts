// The answer of every feed and calendar route: the document in the asked format with its content type,
// a short cache lifetime and an ETag (a reader polling an unchanged feed gets a 304), or a plain-text
// 404 for an address that names nothing. A failure to read is a plain 503, never an error page. Each
// document is built once per state of the database (app/_lib/stamped-cache.ts): feed readers poll, and
// on a busy night many ask for the same feed between two writes.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { stampedCache } from '@/app/_lib/stamped-cache';
import { getDb, type Executor } from '@/db/client';
import { listFollowDates } from '@/db/queries/follow-dates';
import { listFollowEvents } from '@/db/queries/follow-events';
import { getInstallationId } from '@/db/queries/settings';
import type { FollowTarget } from '@/db/queries/follow-scope';
import { withoutControlCharacters } from '@/db/rules/text';
import { buildCalendar } from './calendar-document';
import { buildFeed } from './feed-document';
import { publishDocumentLookup } from './document-lookup';
import { followDocumentKey, followDocumentResponse, type FollowDocument } from './document-response';
import { requestOrigin } from '@/app/_lib/public-origin';
import { FOLLOW_FORMATS, type FollowFormat } from './paths';

// Letters of any script: a film's slug keeps the letters of a title outside Latin ("война-и-мир").
const fileSchema = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}-]{1,100}\.(atom|rss|ics)$/u);

/** An award's or an edition's slug in a feed address, as parseFollowFile reads a file's. */
const SLUG = /^[\p{Ll}\p{Lo}\p{N}-]{1,100}$/u;

/** A stray or malformed escape ("%", "%E0.atom") names no feed: a 404, not a URIError thrown out as a 500. */
function decodedOrNull(file: string): string | null {
  try {
    return decodeURIComponent(file);
  } catch {
    return null;
  }
}

/**
 * "13th.atom" → the slug and the format; null for anything else. An address in other capitals
 * ("13TH.atom") is read in small letters and marked not canonical, so the route can lead to its own.
 */
export function parseFollowFile(file: string): { slug: string; format: FollowFormat; isCanonical: boolean } | null {
  const decoded = decodedOrNull(file);
  const parsed = fileSchema.safeParse(decoded?.toLowerCase());
  if (!parsed.success) return null;
  const dot = parsed.data.lastIndexOf('.');
  const format = FOLLOW_FORMATS.find((f) => f === parsed.data.slice(dot + 1));
  return format ? { slug: parsed.data.slice(0, dot), format, isCanonical: parsed.data === decoded } : null;
}

/** An award's slug from a feed address in small letters, or null when it cannot be one. */
export function parseFollowSlug(segment: string): { slug: string; isCanonical: boolean } | null {
  const decoded = decodedOrNull(segment);
  const slug = decoded?.toLowerCase();
  return slug && SLUG.test(slug) ? { slug, isCanonical: slug === decoded } : null;
}

/** The slug at the end of a page address a record moved to ("/films/13th-2016" → "13th-2016"). */
export const movedSlug = (path: string): string => decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));

/** A 308 to the feed's own address (`basePath` and format), as pages move to theirs. */
export function movedFeed(request: Request, basePath: string, format: FollowFormat): Response {
  return Response.redirect(`${requestOrigin(request)}${basePath}.${format}`, 308);
}

const NOTHING_TO_FOLLOW = 'There is nothing to follow at this address.';

export function plainText(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

// Sized in characters. Small beside the page cache: a feed is some tens of kilobytes and few are hot at
// once (the site's, and those of the night's films and editions), while a crawler walking every film's
// feed must not take the server past its memory budget. An address that names nothing reads as null,
// which is never kept.
const documents = stampedCache<FollowDocument | null>(
  { maxEntries: 500, maxSize: 8 * 1024 * 1024 },
  (document) => document?.body.length ?? 0,
);

// proxy.ts answers hits before routing (./document-lookup.ts).
publishDocumentLookup((key) => documents.lookup(key) ?? undefined);

/**
 * The document, without the control characters XML and iCalendar do not allow: text stored before forms
 * and files were read without them (or written by other means) must not make a whole feed unreadable.
 */
async function render(origin: string, target: FollowTarget, format: FollowFormat, basePath: string) {
  const db = getDb();
  const installationId = getInstallationId(db);
  if (format === 'ics') {
    const dates = await listFollowDates(db, target.scope);
    return withoutControlCharacters(buildCalendar(target, dates, { origin, installationId }));
  }
  const feed = buildFeed(target, await listFollowEvents(db, target.scope), { origin, basePath, installationId });
  return withoutControlCharacters(format === 'atom' ? feed.atom1() : feed.rss2());
}

async function followDocument(origin: string, target: FollowTarget, format: FollowFormat, basePath: string) {
  const body = await render(origin, target, format, basePath);
  // A calendar's DTSTAMP is the moment of writing; leaving it out lets an unchanged calendar keep its ETag.
  const stable = body.replace(/^DTSTAMP:.*\r?\n/gm, '');
  const etag = `"${createHash('sha256').update(stable).digest('base64url').slice(0, 27)}"`;
  return { body, etag, fileName: target.fileName };
}

/**
 * The feed or calendar at `basePath` in `format`, of the target `find` reads (undefined: a 404). The
 * target is read inside the cached reading, after its stamp is taken, so that a write landing while the
 * target or the document is read leaves the document outdated at once.
 */
export async function followResponse(
  request: Request,
  find: (db: Executor) => Promise<FollowTarget | undefined>,
  format: FollowFormat,
  basePath: string,
): Promise<Response> {
  const origin = requestOrigin(request);
  let document: FollowDocument | null;
  try {
    document = await documents.get(followDocumentKey(origin, basePath, format), async () => {
      const target = await find(getDb());
      return target ? followDocument(origin, target, format, basePath) : null;
    });
  } catch (error) {
    console.error('feed: could not build', basePath, format, error);
    return plainText(503, 'This feed cannot be read just now; please try again in a minute.');
  }
  if (!document) return plainText(404, NOTHING_TO_FOLLOW);
  return followDocumentResponse(request, document, format);
}
