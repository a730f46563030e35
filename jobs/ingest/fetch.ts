// Fetches one feed or page for the ingestion job, safely: http and https only, at public addresses only
// (./fetch-address.ts), on every redirect hop too; conditional GET with the validators stored on the
// source, one deadline for the whole exchange including the body, a cap on body size counted while
// streaming, at most a few redirects followed by hand, and a User-Agent naming Laurels. `bundled:NAME`
// reads a shipped file from db/seed/feeds instead (offline demo). Every failure is a FetchError whose
// message an admin can read on the source's page.
import { checkPublicHost } from './fetch-address';
import { FetchError } from './fetch-error';
import { isBundledUrl, readBundled } from './fetch-bundled';
import { decodeBody } from './fetch-decode';
import { describeNetworkError, readCappedBody, sendRequest, type ConditionalHeaders } from './fetch-http';

export { FetchError } from './fetch-error';
export type { ConditionalHeaders } from './fetch-http';

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export type FetchResult =
  | { status: 'not-modified' }
  | {
      status: 'fresh';
      text: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
    };

export const DEFAULT_LIMITS = { timeoutMs: 15_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 } as const;

export async function fetchDocument(
  url: string,
  validators: ConditionalHeaders,
  limits: FetchLimits = {},
): Promise<FetchResult> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULT_LIMITS, ...limits };
  if (isBundledUrl(url)) {
    const { bytes, contentType } = await readBundled(url, maxBytes);
    return fresh(decodeBody(bytes, contentType), contentType, null, null, url);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await followRedirects(checkedUrl(url), validators, { maxBytes, maxRedirects }, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      throw new FetchError(`no complete answer within ${timeoutMs / 1000} s`, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  start: URL,
  validators: ConditionalHeaders,
  limits: { maxBytes: number; maxRedirects: number },
  signal: AbortSignal,
): Promise<FetchResult> {
  let url = start;
  for (let hops = 0; ; hops += 1) {
    await checkPublicHost(url);
    const response = await sendRequest(url, validators, signal).catch((error: unknown) => {
      throw signal.aborted ? error : describeNetworkError(error, url);
    });
    if (response.status === 304) {
      await response.body?.cancel().catch(() => {});
      return { status: 'not-modified' };
    }
    if (isRedirect(response.status)) {
      await response.body?.cancel().catch(() => {});
      if (hops >= limits.maxRedirects) {
        throw new FetchError(`too many redirects (more than ${limits.maxRedirects})`);
      }
      url = nextHop(url, response);
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => {});
      const reason = response.statusText ? ` ${response.statusText}` : '';
      throw new FetchError(`the server answered ${response.status}${reason}`, { status: response.status });
    }
    const bytes = await readCappedBody(response, limits.maxBytes);
    const contentType = response.headers.get('content-type');
    const text = decodeBody(bytes, contentType);
    return fresh(text, contentType, response.headers.get('etag'), response.headers.get('last-modified'), url.href);
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function nextHop(current: URL, response: Pick<Response, 'status' | 'headers'>): URL {
  const location = response.headers.get('location');
  if (!location) throw new FetchError(`the server answered ${response.status} without saying where to go`);
  let target: URL;
  try {
    target = new URL(location, current);
  } catch {
    throw new FetchError(`the server redirected to an invalid address "${location}"`);
  }
  return checkedUrl(target.href, 'redirected to');
}

/** Only http and https: file:, data:, ftp: and the like could read local files or reach other services. */
function checkedUrl(url: string, verb = 'asked to read'): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`"${url}" is not a valid address`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError(`only http and https addresses can be read (${verb} a ${parsed.protocol} address)`);
  }
  return parsed;
}

function fresh(
  text: string,
  contentType: string | null,
  etag: string | null,
  lastModified: string | null,
  finalUrl: string,
): FetchResult {
  return { status: 'fresh', text, contentType, etag, lastModified, finalUrl };
}
