// Answers, before Next.js sees them, the requests Next.js would answer with a bare 500 before any code of
// ours runs: a method the Fetch standard forbids (methods.ts) and a request target that is not a path
// ("OPTIONS *"). `next start` creates its HTTP server itself and does not hand it to the app, so the guard
// goes on every Node.js HTTP server of the process, where a request arrives (the 'request' event).
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { METHODS, refuseForbiddenMethod } from './methods';

const guarded = Symbol.for('laurels.http-guard');

/**
 * A request target other than a path: "*" (OPTIONS * asks what the server as a whole answers), or an
 * absolute URL, which HTTP/1.1 servers must accept and which this one reads as its path. True when the
 * request was answered here.
 */
function answerOtherTarget(request: IncomingMessage, response: ServerResponse): boolean {
  const target = request.url ?? '';
  if (target.startsWith('/')) return false;
  if (/^https?:\/\//i.test(target) && URL.canParse(target)) {
    const url = new URL(target);
    request.url = url.pathname + url.search;
    return false;
  }
  if (target === '*' && request.method === 'OPTIONS') {
    response.writeHead(204, { allow: METHODS.join(', ') });
    response.end();
  } else {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('This request names no address here; ask for a path such as /.');
  }
  return true;
}

export function guardHttpServers(): void {
  const prototype = Server.prototype as Server & { [guarded]?: true };
  if (prototype[guarded]) return;
  const emit = prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (answerOtherTarget(request, response) || refuseForbiddenMethod(request, response)) return true;
    }
    return emit.call(this, event, ...args);
  };
  prototype[guarded] = true;
}
