// A local HTTP server for the ingest tests: serves small RSS feeds written here (fictional titles), with
// an ETag honoured on conditional GETs, routes that fail, and routes that answer slowly.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedItem {
  guid: string;
  title: string;
  text: string;
}

export function rssFeed(title: string, items: FeedItem[]): string {
  const entries = items
    .map(
      (item) => `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title>
<link>https://news.example.test/${item.guid}</link><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate>
<description>${item.text}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://news.example.test/</link>
<description>Test feed</description>${entries}</channel></rss>`;
}

export interface Route {
  status?: number;
  body: string;
  contentType?: string;
  etag?: string;
  delayMs?: number;
}

export interface FeedServer {
  url: (path: string) => string;
  routes: Map<string, Route>;
  /** Paths in the order they were requested, with whether a conditional header came along. */
  requests: { path: string; conditional: boolean }[];
  /** Resolves when `path` is next requested. */
  nextRequest: (path: string) => Promise<void>;
  close: () => Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const waiting = new Map<string, () => void>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const conditional = request.headers['if-none-match'] !== undefined;
    requests.push({ path, conditional });
    waiting.get(path)?.();
    waiting.delete(path);
    const route = routes.get(path);
    const answer = () => {
      if (!route) return response.writeHead(404).end('not found');
      if (route.etag && request.headers['if-none-match'] === route.etag) return response.writeHead(304).end();
      response.writeHead(route.status ?? 200, {
        'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8',
        ...(route.etag ? { etag: route.etag } : {}),
      });
      response.end(route.body);
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes,
    requests,
    nextRequest: (path) => new Promise((resolve) => waiting.set(path, resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
