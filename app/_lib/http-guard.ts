// Puts refuseForbiddenMethod (methods.ts) in front of Next.js: `next start` creates its HTTP server
// itself and does not hand it to the app, so the guard goes on every Node.js HTTP server of the process,
// where a request arrives (the 'request' event), before any listener sees it.
import { Server } from 'node:http';
import { refuseForbiddenMethod } from './methods';

const guarded = Symbol.for('laurels.http-guard');

export function guardHttpServers(): void {
  const prototype = Server.prototype as Server & { [guarded]?: true };
  if (prototype[guarded]) return;
  const emit = prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as Parameters<typeof refuseForbiddenMethod>;
      if (refuseForbiddenMethod(request, response)) return true;
    }
    return emit.call(this, event, ...args);
  };
  prototype[guarded] = true;
}
