// How a kept feed or calendar is answered, by its route handler or, for a document already kept, by
// proxy.ts before routing (./document-lookup.ts): one function for both, so the two answers are the same,
// headers, ETag and 304 included. Nothing here reads the database.
import { FOLLOW_CONTENT_TYPES, FOLLOW_FORMATS, type FollowFormat } from './paths';
import { isNotModified } from '@/app/_lib/if-none-match';
import { PUBLIC_ORIGIN_VARY } from '@/app/_lib/public-origin';

export interface FollowDocument {
  body: string;
  etag: string;
  /** The calendar's file name (FollowTarget.fileName). */
  fileName: string;
}

/**
 * Where a kept document is filed: the origin is in every link of it, the base path (`/feeds/films/13th-2016`)
 * names the target, the format the rest.
 */
export const followDocumentKey = (origin: string, basePath: string, format: FollowFormat) =>
  `${origin} ${basePath} ${format}`;

const FOLLOW_ADDRESS = new RegExp(`^(/feeds/[a-z0-9/-]+)\\.(${FOLLOW_FORMATS.join('|')})$`);

/**
 * The base path and format of a feed or calendar address as written (`/feeds/films/13th-2016.atom`);
 * null for any other, escaped ones included, which go to their route handler.
 */
export function followAddress(pathname: string): { basePath: string; format: FollowFormat } | null {
  const match = FOLLOW_ADDRESS.exec(pathname);
  return match ? { basePath: match[1]!, format: match[2] as FollowFormat } : null;
}

export function followDocumentResponse(request: Request, document: FollowDocument, format: FollowFormat): Response {
  const headers: Record<string, string> = {
    'Content-Type': FOLLOW_CONTENT_TYPES[format],
    // Short: a new result should reach readers within minutes; the ETag makes polling cheap meanwhile.
    'Cache-Control': 'public, max-age=300',
    ETag: document.etag,
    Vary: PUBLIC_ORIGIN_VARY,
  };
  if (format === 'ics') headers['Content-Disposition'] = `attachment; filename="${document.fileName}.ics"`;
  if (isNotModified(request.headers.get('if-none-match'), document.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(document.body, { headers });
}
