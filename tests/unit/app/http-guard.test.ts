// The guard in front of Next.js (app/_lib/http-guard.ts), on a real HTTP server on loopback, fed raw
// requests: what Next.js would answer with a bare 500 is answered before the server's own handler runs,
// and everything else reaches that handler as it was sent (an absolute URL as its path).
import { createServer, Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardHttpServers } from '@/app/_lib/http-guard';

let server: Server;
let port: number;

beforeAll(async () => {
  guardHttpServers();
  const guard = Server.prototype.emit;
  guardHttpServers(); // a second call (a second register()) must not put a second guard in front
  expect(Server.prototype.emit).toBe(guard);
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end(`handled ${request.method} ${request.url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends one raw request line and returns the status, the headers (lower-cased) and the body. */
function send(requestLine: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
    });
    // HTTP/1.0, so that the answer comes whole rather than in chunks.
    socket.end(`${requestLine} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n`);
  });
}

describe('guardHttpServers', () => {
  it('answers TRACE with a 405 naming the methods the address answers', async () => {
    const page = await send('TRACE /films/13th-2016');
    expect(page.status).toBe(405);
    expect(page.headers).toContain('allow: get, head, post');
    expect(page.body).toBe('TRACE is not a method this address answers.');
    const file = await send('TRACE /robots.txt?x=1');
    expect(file.status).toBe(405);
    expect(file.headers).toContain('allow: get, head\r\n');
  });

  it('answers OPTIONS * with the methods of the server, and any other non-path target with a 400', async () => {
    const options = await send('OPTIONS *');
    expect(options.status).toBe(204);
    expect(options.headers).toContain('allow: get, head, post, put, patch, delete, options');
    for (const target of ['GET *', 'POST *', 'GET http://']) {
      const answer = await send(target);
      expect(answer.status, target).toBe(400);
      expect(answer.body, target).toMatch(/^This request names no address here/);
    }
  });

  it('hands everything else to the server as sent, an absolute URL as its path', async () => {
    expect((await send('GET /films/13th-2016?view=list')).body).toBe('handled GET /films/13th-2016?view=list');
    expect((await send('PROPFIND /')).body).toBe('handled PROPFIND /');
    expect((await send('GET http://elsewhere.example/films/x?y=1')).body).toBe('handled GET /films/x?y=1');
  });
});
