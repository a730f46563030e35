// One HTTP exchange for fetchDocument: a GET that never follows redirects by itself (the caller checks each
// hop), and a body read chunk by chunk so the size cap holds even when the server sends no Content-Length
// or lies about it. Bytes are counted after decompression, so a small gzip bomb cannot get past the cap.
import { Agent, fetch, type Response } from 'undici';
import { connectLookup } from './fetch-address';
import { FetchError, tooLargeError } from './fetch-error';

export const USER_AGENT = 'Laurels/1.0 (+documentary awards tracker)';

const ACCEPT = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml;q=0.9',
  'application/xml;q=0.9',
  'text/xml;q=0.9',
  'application/json;q=0.8',
  'text/html;q=0.7',
  '*/*;q=0.1',
].join(', ');

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

export async function sendRequest(url: URL, validators: ConditionalHeaders, signal: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: ACCEPT };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return fetch(url, { headers, redirect: 'manual', signal, dispatcher });
}

/** Connections whose name lookup refuses addresses that are not public (./fetch-address.ts). */
const dispatcher = new Agent({ connect: { lookup: connectLookup } });

export async function readCappedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLargeError(maxBytes);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Cancelling the reader closes the connection: the rest of the body is never downloaded.
      await reader.cancel().catch(() => {});
      throw tooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Puts undici's "fetch failed" into words: the useful part is the cause's code (ECONNREFUSED, ENOTFOUND…). */
export function describeNetworkError(error: unknown, url: URL): FetchError {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new FetchError(`could not read ${url.host}: ${detail}`, { cause: error });
}
