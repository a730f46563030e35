// `bundled:NAME` sources: documents shipped in db/seed/feeds, read from disk so the offline demo works
// with no network. NAME must be a plain file name — a source row is data, and data must not be able to
// point the job at /etc/passwd or ../../.env.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FetchError, tooLargeError } from './fetch-error';

export const BUNDLED_PREFIX = 'bundled:';

/** process.cwd(), not __dirname: Next.js compiles server code elsewhere, and the app runs from the project root. */
export function bundledFeedsDir(): string {
  return join(process.cwd(), 'db', 'seed', 'feeds');
}

const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function isBundledUrl(url: string): boolean {
  return url.startsWith(BUNDLED_PREFIX);
}

export async function readBundled(
  url: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  const name = url.slice(BUNDLED_PREFIX.length);
  if (!PLAIN_FILE_NAME.test(name) || name.includes('..')) {
    throw new FetchError(`"${name}" is not the name of a bundled feed (a plain file name is expected)`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(join(bundledFeedsDir(), name));
  } catch (error) {
    throw new FetchError(`there is no bundled feed named "${name}"`, { cause: error });
  }
  if (bytes.byteLength > maxBytes) throw tooLargeError(maxBytes);
  return { bytes, contentType: contentTypeFor(name) };
}

function contentTypeFor(name: string): string | null {
  if (/\.(xml|rss|atom)$/i.test(name)) return 'application/xml';
  if (/\.json$/i.test(name)) return 'application/feed+json';
  if (/\.html?$/i.test(name)) return 'text/html';
  return null;
}
