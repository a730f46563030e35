// How every API answer is sent: JSON in UTF-8, readable from any origin (CORS), cacheable for a short
// while and then revalidated by ETag, and errors as `{ error: { status, message } }`, never an HTML page.
//
// The ETag is a hash of the body itself rather than of the database's data_version: data_version only
// moves for commits made by *other* connections (a write through the app's own connection would leave
// it unchanged), it differs between processes and restarts, and it changes on any write anywhere even
// when this answer is the same. Hashing the body is exact: the same answer always has the same tag. The
// body and its tag are kept by ./response-cache.ts until the database changes (that cache uses
// data_version only to know when to read again), so a repeated request or a revalidation costs a lookup.
import { createHash } from 'node:crypto';
import { isNotModified } from '@/app/_lib/if-none-match';
import { PUBLIC_ORIGIN_VARY, publicUrl } from '@/app/_lib/public-origin';

/**
 * Anyone may cache an answer for 30 seconds (a winner entered on ceremony night is at most that late),
 * and must revalidate it afterwards, which costs a 304 when nothing changed.
 */
export const CACHE_CONTROL = 'public, max-age=30, must-revalidate';
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  // Cache-Control and Content-Type are readable anyway; the ETag must be exposed for a script to send it back.
  'Access-Control-Expose-Headers': 'ETag',
};

/** An answer other than 200: a bad parameter (400), nothing there (404), or a moved slug (301). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly location?: string,
  ) {
    super(message);
  }
}

function baseHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({ ...CORS_HEADERS, 'X-Content-Type-Options': 'nosniff', Vary: PUBLIC_ORIGIN_VARY, ...extra });
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** An answer's JSON text and its ETag, computed once and kept by ./response-cache.ts while the data holds. */
export interface JsonAnswer {
  body: string;
  etag: string;
}

export function jsonAnswer(data: unknown): JsonAnswer {
  const body = JSON.stringify(data);
  return { body, etag: etagOf(body) };
}

/** A 200 with the body, or a 304 when the client already holds this exact body. */
export function jsonResponse(request: Request, { body, etag }: JsonAnswer): Response {
  const headers = baseHeaders({ ETag: etag, 'Cache-Control': CACHE_CONTROL });
  if (isNotModified(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(body, { status: 200, headers });
}

export function errorResponse(status: number, message: string, extra: Record<string, string> = {}): Response {
  const headers = baseHeaders({
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
  return new Response(JSON.stringify({ error: { status, message } }), { status, headers });
}

/** The answer for a thrown error: its own status for an ApiError, else a 500 that reveals nothing. */
export function failureResponse(error: unknown, request: Request): Response {
  if (error instanceof ApiError) {
    if (error.location) {
      const location = new URL(error.location, publicUrl(request)).toString();
      return new Response(null, { status: error.status, headers: baseHeaders({ Location: location }) });
    }
    return errorResponse(error.status, error.message);
  }
  console.error(`API ${request.method} ${new URL(request.url).pathname} failed:`, error);
  return errorResponse(500, 'The API could not answer this request. Please try again later.');
}

/** The answer to a CORS preflight: GET and HEAD from any origin, with If-None-Match allowed. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: baseHeaders({
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': 'If-None-Match, Accept',
      'Access-Control-Max-Age': '86400',
    }),
  });
}

export function methodNotAllowed(request: Request): Response {
  return errorResponse(405, `The API is read-only: ${request.method} is not allowed here; use GET.`, {
    Allow: ALLOWED_METHODS,
  });
}

/** The same answer without its body, as HEAD asks. */
export function withoutBody(response: Response): Response {
  return new Response(null, { status: response.status, headers: response.headers });
}
