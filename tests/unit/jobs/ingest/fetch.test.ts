// fetchDocument against real local servers: conditional GET, redirects, limits, statuses, bundled files.
import { afterEach, describe, expect, it } from 'vitest';
import { fetchDocument, FetchError } from '@/jobs/ingest/fetch';
import { startServer, type TestServer } from './http-server';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title></channel></rss>';
let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchDocument over HTTP', () => {
  it('returns the document with its validators, then not-modified on a conditional GET', async () => {
    server = await startServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'application/rss+xml; charset=utf-8',
        ETag: '"v1"',
        'Last-Modified': 'Tue, 06 Dec 2016 10:00:00 GMT',
      });
      res.end(RSS);
    });
    const first = await fetchDocument(server.url('/feed'), {});
    expect(first).toEqual({
      status: 'fresh',
      text: RSS,
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Tue, 06 Dec 2016 10:00:00 GMT',
      finalUrl: server.url('/feed'),
    });
    const second = await fetchDocument(server.url('/feed'), {
      etag: '"v1"',
      lastModified: 'Tue, 06 Dec 2016 10:00:00 GMT',
    });
    expect(second).toEqual({ status: 'not-modified' });
    expect(server.requests[0]?.headers['user-agent']).toBe('Laurels/1.0 (+documentary awards tracker)');
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Tue, 06 Dec 2016 10:00:00 GMT');
  });

  it('follows redirects by hand, resolving relative locations', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/old') res.writeHead(301, { Location: '/middle' }).end();
      else if (req.url === '/middle') res.writeHead(302, { Location: `${server?.url('/feed')}` }).end();
      else res.writeHead(200, { 'Content-Type': 'application/xml' }).end(RSS);
    });
    const result = await fetchDocument(server.url('/old'), {});
    expect(result).toMatchObject({ status: 'fresh', text: RSS, finalUrl: server.url('/feed') });
    expect(server.requests.map((r) => r.url)).toEqual(['/old', '/middle', '/feed']);
  });

  it('stops after too many redirects', async () => {
    server = await startServer((req, res) => {
      const n = Number(req.url?.slice(1));
      res.writeHead(302, { Location: `/${n + 1}` }).end();
    });
    const error = await failure(fetchDocument(server.url('/0'), {}, { maxRedirects: 3 }));
    expect(error.message).toBe('too many redirects (more than 3)');
    expect(server.requests).toHaveLength(4);
  });

  it('refuses a redirect to a file: address', async () => {
    server = await startServer((_req, res) => res.writeHead(302, { Location: 'file:///etc/passwd' }).end());
    const error = await failure(fetchDocument(server.url('/feed'), {}));
    expect(error.message).toMatch(/only http and https.*redirected to a file: address/);
  });

  it('refuses non-http addresses outright', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/feed', 'data:text/xml,<rss/>', 'not a url']) {
      const error = await failure(fetchDocument(url, {}));
      expect(error.message).toMatch(/only http and https|not a valid address/);
    }
  });

  it('gives up on a slow server after the timeout', async () => {
    server = await startServer((_req, res) => {
      setTimeout(() => res.writeHead(200).end(RSS), 2_000).unref();
    });
    const started = Date.now();
    const error = await failure(fetchDocument(server.url('/slow'), {}, { timeoutMs: 200 }));
    expect(error.message).toBe('no complete answer within 0.2 s');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('counts the body in the timeout: a body that never ends is abandoned', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      // ...and never ends.
    });
    const error = await failure(fetchDocument(server.url('/endless'), {}, { timeoutMs: 300 }));
    expect(error.message).toBe('no complete answer within 0.3 s');
  });

  it('aborts a body past the size cap while streaming, whatever Content-Length says', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' }); // chunked: no Content-Length
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent += 1;
        if (sent < 200) res.once('drain', pump);
        else res.end();
      };
      pump();
    });
    const error = await failure(fetchDocument(server.url('/big'), {}, { maxBytes: 256 * 1024 }));
    expect(error.message).toBe('the document is larger than the limit of 256 kB');
  });

  it('refuses a declared Content-Length past the cap before reading', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Length': String(3 * 1024 * 1024) });
      res.end('x'.repeat(3 * 1024 * 1024));
    });
    const error = await failure(fetchDocument(server.url('/big'), {}));
    expect(error.message).toBe('the document is larger than the limit of 2 MB');
  });

  it('turns a non-2xx answer into a FetchError carrying the status', async () => {
    server = await startServer((req, res) => {
      res.writeHead(req.url === '/gone' ? 404 : 503).end('nope');
    });
    const notFound = await failure(fetchDocument(server.url('/gone'), {}));
    expect(notFound.status).toBe(404);
    expect(notFound.message).toBe('the server answered 404 Not Found');
    expect((await failure(fetchDocument(server.url('/busy'), {}))).status).toBe(503);
  });

  it('says when nothing listens', async () => {
    server = await startServer((_req, res) => res.end());
    const url = server.url('/feed');
    await server.close();
    server = null;
    const error = await failure(fetchDocument(url, {}));
    expect(error.message).toMatch(/could not read 127\.0\.0\.1:\d+: ECONNREFUSED/);
  });

  it('decodes with the charset the server names', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml; charset=ISO-8859-1' });
      res.end(Buffer.from('<rss version="2.0"><channel><title>Caf\u00e9</title></channel></rss>', 'latin1'));
    });
    const result = await fetchDocument(server.url('/feed'), {});
    expect(result.status === 'fresh' && result.text).toContain('Caf\u00e9');
  });
});

describe('fetchDocument on bundled feeds', () => {
  it('reads a shipped feed by name', async () => {
    const result = await fetchDocument('bundled:demo-announcements.xml', {});
    expect(result).toMatchObject({ status: 'fresh', finalUrl: 'bundled:demo-announcements.xml', etag: null });
    expect(result.status === 'fresh' && result.text).toContain('<rss version="2.0"');
  });

  it('refuses names that are not plain file names', async () => {
    for (const name of ['../../package.json', '/etc/passwd', '..', 'a/b.xml', '', '.env']) {
      const error = await failure(fetchDocument(`bundled:${name}`, {}));
      expect(error.message).toMatch(/is not the name of a bundled feed/);
    }
    expect((await failure(fetchDocument('bundled:missing.xml', {}))).message).toBe(
      'there is no bundled feed named "missing.xml"',
    );
  });
});
