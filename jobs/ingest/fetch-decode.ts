// Turns the bytes of a response into text. The charset comes, in order, from a byte-order mark, the
// Content-Type header, the XML declaration, an HTML <meta charset>, and otherwise UTF-8 — falling back to
// windows-1252 when undeclared bytes are not valid UTF-8 (old feeds in Latin-1 that never say so).
// An encoding iconv-lite does not know is a FetchError with its name, never a crash or silent garbage.
import iconv from 'iconv-lite';
import { FetchError } from './fetch-error';

/** How far into the document a declaration is looked for (the HTML spec's prescan reads 1024 bytes). */
const SNIFF_BYTES = 1024;

export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared =
    charsetFromBom(buffer) ??
    charsetFromContentType(contentType) ??
    charsetFromDocument(buffer.subarray(0, SNIFF_BYTES).toString('latin1'));
  if (declared) {
    if (!iconv.encodingExists(declared)) {
      throw new FetchError(`the document declares an unknown character encoding "${declared}"`);
    }
    return iconv.decode(buffer, declared);
  }
  return isValidUtf8(buffer) ? iconv.decode(buffer, 'utf-8') : iconv.decode(buffer, 'windows-1252');
}

function charsetFromBom(buffer: Buffer): string | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return 'utf-8';
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le';
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
  return null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/i);
  return match?.[1]?.trim().toLowerCase() || null;
}

function charsetFromDocument(head: string): string | null {
  const xml = head.match(/^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i);
  if (xml?.[1]) return xml[1].trim().toLowerCase();
  // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i);
  return meta?.[1]?.trim().toLowerCase() || null;
}

function isValidUtf8(buffer: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}
