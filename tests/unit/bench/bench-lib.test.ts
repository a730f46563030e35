import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBenchOptions } from '@/bench/lib/options';
import { measureUrl, percentile, summarize, timeRequest } from '@/bench/lib/measure';
import { formatTable } from '@/bench/lib/report';
import { pickPublicRoutes } from '@/bench/lib/routes';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '../../helpers/db';

describe('benchmark percentiles', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the nearest-rank sample, never an average of two', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
  });

  it('makes the slowest of 30 samples their 99th percentile', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(percentile(thirty, 99)).toBe(30);
    expect(percentile(thirty, 95)).toBe(29);
  });

  it('summarizes samples in any order', () => {
    const shuffled = [...oneToHundred].reverse();
    expect(summarize(shuffled)).toMatchObject({ requests: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });
});

describe('benchmark requests', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    // Answers /ok with 200, /moved with a redirect and anything else with a 500.
    server = createServer((request, response) => {
      if (request.url === '/ok') response.writeHead(200).end('<p>ok</p>');
      else if (request.url === '/moved') response.writeHead(308, { location: '/ok' }).end();
      else response.writeHead(500).end('boom');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('times each request and counts only the timed ones', async () => {
    const latency = await measureUrl(`${origin}/ok`, { warmup: 2, requests: 7, expectedStatus: 200 });
    expect(latency.requests).toBe(7);
    expect(latency.p50).toBeGreaterThan(0);
    expect(latency.max).toBeGreaterThanOrEqual(latency.p95);
  });

  it('fails on a status other than the expected one, naming the URL', async () => {
    await expect(timeRequest(`${origin}/broken`, 200)).rejects.toThrow(`${origin}/broken answered 500, expected 200`);
    await expect(timeRequest(`${origin}/ok`, 404)).rejects.toThrow('answered 200, expected 404');
  });

  it('does not follow a redirect, so a redirecting page cannot pass for a rendered one', async () => {
    await expect(timeRequest(`${origin}/moved`, 200)).rejects.toThrow('answered 308, expected 200');
  });

  it('stops before the next request once interrupted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(timeRequest(`${origin}/ok`, 200, controller.signal)).rejects.toThrow();
  });
});

describe('benchmark options', () => {
  it('times 200 requests per route unless told otherwise', () => {
    expect(parseBenchOptions([])).toMatchObject({ requests: 200, warmup: 5, port: 3400, quick: false });
    expect(parseBenchOptions(['--quick']).requests).toBe(30);
    expect(parseBenchOptions(['--quick', '--requests', '50']).requests).toBe(50);
  });

  it('refuses a bad option with a one-line reason', () => {
    expect(() => parseBenchOptions(['--requests', '0'])).toThrow('--requests needs a whole number of 1 or more');
    expect(() => parseBenchOptions(['--requests', 'many'])).toThrow('--requests needs a whole number');
    expect(() => parseBenchOptions(['--port', '70000'])).toThrow('--port must be at most 65535');
    expect(() => parseBenchOptions(['--fast'])).toThrow(/--fast/);
  });
});

describe('benchmark table', () => {
  it('pads columns to their widest cell and right-aligns figures', () => {
    const table = formatTable(
      ['page', 'p95 ms'],
      [
        ['home', '12.5'],
        ['largest edition', '140.0'],
      ],
    );
    expect(table.split('\n')).toEqual([
      'page             p95 ms',
      '---------------  ------',
      'home               12.5',
      'largest edition   140.0',
    ]);
  });
});

describe('benchmark routes', () => {
  it('picks the heaviest pages from the data, with the seed article as the source', async () => {
    const { db } = freshDatabase();
    await seedDatabase(db);
    const routes = pickPublicRoutes(db);
    const path = (name: string) => routes.find((route) => route.name === name)?.path;

    const sourceId = db.$client
      .prepare("select id from sources where key = 'seed-lovers-and-the-despot'")
      .pluck()
      .get() as number;
    expect(path('source (seed article)')).toBe(`/sources/${sourceId}`);
    expect(path('film (Lovers and the Despot)')).toBe('/films/the-lovers-and-the-despot-2016');
    expect(path('edition (largest)')).toMatch(/^\/awards\/academy-awards\/\d+(st|nd|rd|th)$/);
    expect(routes.filter((route) => route.expectedStatus === 404).map((route) => route.path)).toEqual([
      '/films/no-such-film',
    ]);
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
  });

  it('names what is missing when the database has not been seeded', () => {
    const { db } = freshDatabase();
    expect(() => pickPublicRoutes(db)).toThrow('the benchmark database has no Academy Awards edition');
  });
});
