// Which HTTP methods an address answers, and the 405 for the others: one rule for the proxy (proxy.ts)
// and for the methods that never reach it (refuseForbiddenMethod, below, through http-guard.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Every method some route answers; the route handlers refuse those they do not take, with a 405. */
export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** A page is read, or posted to by its forms' Server Actions (the sign-in form, an admin's edits). */
const PAGE_METHODS = ['GET', 'HEAD', 'POST'];
/** A file (robots.txt, the build's scripts and styles) is only read. */
const FILE_METHODS = ['GET', 'HEAD'];

/**
 * What an address is: one of the route handlers under /api (which answer their own methods and refuse the
 * rest with a JSON 405), a file when it is a feed or a calendar, or its last segment has an extension (no
 * page's address does: slugs are letters, digits and hyphens), or else a page.
 */
export function addressKind(path: string): 'handler' | 'file' | 'page' {
  if (path.startsWith('/api/')) return 'handler';
  return path.startsWith('/feeds/') || /\.[^/]*$/.test(path) ? 'file' : 'page';
}

const METHODS_OF = { handler: METHODS, file: FILE_METHODS, page: PAGE_METHODS };

/** The methods the address answers. */
const methodsFor = (path: string): string[] => METHODS_OF[addressKind(path)];

/** An answer as the proxy (a Response) and the HTTP server's guard (writeHead) can both send it. */
export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** The 405 for a method the address does not answer, naming those it does; null when it answers it. */
export function methodRefusal(method: string, path: string): PlainAnswer | null {
  const allowed = methodsFor(path);
  if (allowed.includes(method)) return null;
  return {
    status: 405,
    headers: { allow: allowed.join(', '), 'content-type': 'text/plain; charset=utf-8' },
    text: `${method} is not a method this address answers.`,
  };
}

/**
 * Methods the Fetch standard forbids (TRACE; CONNECT and TRACK never get this far: Node.js's own parser
 * takes them). Next.js makes a fetch Request of every request for the proxy, fails on these, and answers
 * a bare 500 before any code of ours runs; so they are answered first, at the HTTP server.
 */
const FORBIDDEN_METHODS = new Set(['TRACE']);

/** Answers a request with a forbidden method with a 405, before Next.js sees it; true when it did. */
export function refuseForbiddenMethod(request: IncomingMessage, response: ServerResponse): boolean {
  const method = request.method ?? '';
  const refusal = FORBIDDEN_METHODS.has(method) && methodRefusal(method, (request.url ?? '/').split('?')[0]!);
  if (!refusal) return false;
  response.writeHead(refusal.status, refusal.headers);
  response.end(refusal.text);
  return true;
}
