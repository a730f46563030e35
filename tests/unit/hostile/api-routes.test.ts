// Property: every public API route, called the way Next.js calls it with random and malformed path
// segments, query strings and methods, answers with a status the API documents — never a 500 — and every
// answer with a body is JSON (`application/json; charset=utf-8`) that parses; an error names its status.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as index from '@/app/api/v1/route';
import * as awards from '@/app/api/v1/awards/route';
import * as award from '@/app/api/v1/awards/[award]/route';
import * as editions from '@/app/api/v1/awards/[award]/editions/route';
import * as edition from '@/app/api/v1/awards/[award]/editions/[edition]/route';
import * as films from '@/app/api/v1/films/route';
import * as film from '@/app/api/v1/films/[film]/route';
import * as person from '@/app/api/v1/people/[person]/route';
import * as nominations from '@/app/api/v1/nominations/route';
import * as nomination from '@/app/api/v1/nominations/[id]/route';
import * as openapi from '@/app/api/v1/openapi.json/route';
import * as rest from '@/app/api/v1/[...rest]/route';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';
import { useAppDatabase } from '@/tests/helpers/next-request';
import { SEED, queryString, segment, urlOf, wellFormed } from './hostile-input';

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, unknown>> },
) => Promise<Response> | Response;
const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Each route with the path it serves (a name in braces is a segment) and its module. */
const ROUTES: { path: string; module: Partial<Record<(typeof METHODS)[number], unknown>> }[] = [
  { path: '/api/v1', module: index },
  { path: '/api/v1/openapi.json', module: openapi },
  { path: '/api/v1/awards', module: awards },
  { path: '/api/v1/awards/{award}', module: award },
  { path: '/api/v1/awards/{award}/editions', module: editions },
  { path: '/api/v1/awards/{award}/editions/{edition}', module: edition },
  { path: '/api/v1/films', module: films },
  { path: '/api/v1/films/{film}', module: film },
  { path: '/api/v1/people/{person}', module: person },
  { path: '/api/v1/nominations', module: nominations },
  { path: '/api/v1/nominations/{id}', module: nomination },
];
/** Every status the OpenAPI document and the HTTP behaviour tests allow. */
const DOCUMENTED = new Set([200, 204, 301, 304, 400, 404, 405]);

const encode = (text: string) => encodeURIComponent(wellFormed(text));

async function expectDocumentedAnswer(response: Response, method: string) {
  expect(DOCUMENTED, `status ${response.status}`).toContain(response.status);
  const text = await response.text();
  if (method === 'HEAD' || [204, 301, 304].includes(response.status)) {
    expect(text).toBe('');
    return;
  }
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = JSON.parse(text) as { error?: { status: number; message: string } };
  if (response.status !== 200) {
    expect(body.error?.status).toBe(response.status);
    expect(typeof body.error?.message).toBe('string');
    // A name echoed back is cut short, so a huge path cannot flood the answer.
    expect(body.error!.message.length).toBeLessThan(1000);
  }
}

const errors = vi.spyOn(console, 'error');
beforeAll(async () => {
  const { db } = freshDatabase();
  await seedDatabase(db);
  useAppDatabase(db);
});
afterAll(() => errors.mockRestore());

describe('the public API on hostile input', () => {
  it('answers every route, with any segments and query, with a documented status and JSON', async () => {
    const request = fc.record({
      route: fc.constantFrom(...ROUTES),
      segments: fc.array(segment, { minLength: 2, maxLength: 2 }),
      query: queryString,
      method: fc.constantFrom<(typeof METHODS)[number]>('GET', 'GET', 'GET', 'HEAD', ...METHODS),
      etag: fc.option(fc.constantFrom('*', '"x"', 'W/"', ',,,', '\u00ff'), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ route, segments, query, method, etag }) => {
        const params: Record<string, string> = {};
        let i = 0;
        const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
          const value = segments[i++] ?? '';
          params[name] = value;
          return encode(value);
        });
        const handler = route.module[method] as Handler;
        const headers: Record<string, string> = etag ? { 'If-None-Match': etag } : {};
        const response = await handler(new Request(urlOf(path, query), { method, headers }), {
          params: Promise.resolve(params),
        });
        await expectDocumentedAnswer(response, method);
      }),
      { seed: SEED, numRuns: 400 },
    );
    // The catch-all logs nothing: a 500 would have logged its error here.
    expect(errors).not.toHaveBeenCalled();
  });

  it('answers any other address under /api/v1 with a JSON 404, however strange the path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 6 }), queryString, async (parts, query) => {
        const path = `/api/v1/${parts.map(encode).join('/')}`;
        const response = await (rest.GET as Handler)(new Request(urlOf(path, query)), {
          params: Promise.resolve({ rest: parts }),
        });
        expect(response.status).toBe(404);
        await expectDocumentedAnswer(response, 'GET');
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
