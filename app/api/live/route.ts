// Server-sent events for open public pages: `event: change` with the editions whose results changed
// (db/live-feed.ts), so an edition page or the dashboard refreshes itself within a second or two of an
// admin entering a winner. Public and read-only: it says only which editions changed, which the pages
// themselves show to anyone. A comment every 20 s keeps proxies from closing a quiet connection; a
// client that reconnects sends the last event id it saw (Last-Event-ID, or ?since= from our own
// reconnects) and is told at once what it missed.
import { z } from 'zod';
import { getLiveFeed, type LiveChange, type LiveFeed } from '@/db/live-feed';

export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 20_000;
const sinceSchema = z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const FULL = 'Too many pages are following live updates right now. This page will try again shortly.';
const UNREADABLE = 'Live updates are not available right now: the database cannot be read.';

function unavailable(message: string): Response {
  return new Response(message, {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store' },
  });
}

const STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform keeps the server's compression from buffering the stream; X-Accel-Buffering does the
  // same for an nginx in front.
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
};

const changeEvent = (change: LiveChange) => `event: change\nid: ${change.latest}\ndata: ${JSON.stringify(change)}\n\n`;

/** The process's live feed, or the 503 that says the database cannot be read. */
function openFeed(): LiveFeed | Response {
  try {
    return getLiveFeed();
  } catch {
    return unavailable(UNREADABLE);
  }
}

export function GET(request: Request): Response {
  const feed = openFeed();
  if (feed instanceof Response) return feed;
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const send = (text: string) => {
    try {
      controller?.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  const unsubscribe = feed.subscribe((change) => send(changeEvent(change)));
  if (!unsubscribe) return unavailable(FULL);
  function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe!();
    try {
      controller?.close();
    } catch {
      // Already closed by the client going away.
    }
  }

  const url = new URL(request.url);
  const sent = request.headers.get('last-event-id') ?? url.searchParams.get('since');
  // An absent or malformed id means a first visit: nothing to catch up on (never coerce '' to 0).
  const since = sent ? sinceSchema.safeParse(sent) : undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      // `retry` sets how soon the browser reconnects by itself after a dropped connection.
      send(
        `retry: 3000\nevent: hello\nid: ${feed.latestEventId}\ndata: ${JSON.stringify({ latest: feed.latestEventId })}\n\n`,
      );
      const missed = since?.success ? feed.changesSince(since.data) : null;
      if (missed) send(changeEvent(missed));
      heartbeat = setInterval(() => send(': still here\n\n'), HEARTBEAT_MS);
    },
    cancel: close,
  });
  request.signal.addEventListener('abort', close, { once: true });
  return new Response(stream, { headers: STREAM_HEADERS });
}

/**
 * What GET would answer, without its stream or a subscriber's place. Without it Next.js answers HEAD by
 * running GET, whose stream nobody reads or cancels: each HEAD held a place until the server restarted.
 */
export function HEAD(): Response {
  const feed = openFeed();
  if (feed instanceof Response) return feed;
  return feed.isFull ? unavailable(FULL) : new Response(null, { headers: STREAM_HEADERS });
}
