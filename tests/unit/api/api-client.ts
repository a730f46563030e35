// Calls the API's route handlers the way Next.js does (a Request and a promise of the path's params) on a
// fresh seeded database, and checks answers against the served OpenAPI document with an independent
// JSON Schema validator (ajv, draft 2020-12 as OpenAPI 3.1 uses, with ajv-formats).
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '../../helpers/db';
import { useAppDatabase } from '../../helpers/next-request';
import * as index from '@/app/api/v1/route';
import * as awards from '@/app/api/v1/awards/route';
import * as award from '@/app/api/v1/awards/[award]/route';
import * as editions from '@/app/api/v1/awards/[award]/editions/route';
import * as edition from '@/app/api/v1/awards/[award]/editions/[edition]/route';
import * as films from '@/app/api/v1/films/route';
import * as film from '@/app/api/v1/films/[film]/route';
import * as peopleList from '@/app/api/v1/people/route';
import * as person from '@/app/api/v1/people/[person]/route';
import * as nominations from '@/app/api/v1/nominations/route';
import * as nomination from '@/app/api/v1/nominations/[id]/route';
import * as openapi from '@/app/api/v1/openapi.json/route';
import * as rest from '@/app/api/v1/[...rest]/route';

type Method = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
// Each route types its own params; the router below hands every handler the params its path names.
type RouteModule = Partial<Record<Method, unknown>>;

/** The route files and the OpenAPI path each serves, matched against a URL path as Next.js's router would. */
const routes: { pattern: RegExp; names: string[]; openapi: string; module: RouteModule }[] = [
  { pattern: /^\/api\/v1$/, names: [], openapi: '/api/v1', module: index },
  { pattern: /^\/api\/v1\/openapi\.json$/, names: [], openapi: '', module: openapi },
  { pattern: /^\/api\/v1\/awards$/, names: [], openapi: '/api/v1/awards', module: awards },
  { pattern: /^\/api\/v1\/awards\/([^/]+)$/, names: ['award'], openapi: '/api/v1/awards/{award}', module: award },
  {
    pattern: /^\/api\/v1\/awards\/([^/]+)\/editions$/,
    names: ['award'],
    openapi: '/api/v1/awards/{award}/editions',
    module: editions,
  },
  {
    pattern: /^\/api\/v1\/awards\/([^/]+)\/editions\/([^/]+)$/,
    names: ['award', 'edition'],
    openapi: '/api/v1/awards/{award}/editions/{edition}',
    module: edition,
  },
  { pattern: /^\/api\/v1\/films$/, names: [], openapi: '/api/v1/films', module: films },
  { pattern: /^\/api\/v1\/films\/([^/]+)$/, names: ['film'], openapi: '/api/v1/films/{film}', module: film },
  { pattern: /^\/api\/v1\/people$/, names: [], openapi: '/api/v1/people', module: peopleList },
  { pattern: /^\/api\/v1\/people\/([^/]+)$/, names: ['person'], openapi: '/api/v1/people/{person}', module: person },
  { pattern: /^\/api\/v1\/nominations$/, names: [], openapi: '/api/v1/nominations', module: nominations },
  {
    pattern: /^\/api\/v1\/nominations\/([^/]+)$/,
    names: ['id'],
    openapi: '/api/v1/nominations/{id}',
    module: nomination,
  },
];

export interface ApiAnswer {
  response: Response;
  body: unknown;
  /** The OpenAPI path that describes the answer ('' for the document itself or the catch-all). */
  openapiPath: string;
}

/** Sends a request to the handler that serves `url` (a path or a full URL) and reads the JSON body, if any. */
export async function call(url: string, init: RequestInit & { method?: Method } = {}): Promise<ApiAnswer> {
  const full = new URL(url, 'http://laurels.test');
  const method = init.method ?? 'GET';
  const route = routes.find((r) => r.pattern.test(full.pathname));
  const match = route?.pattern.exec(full.pathname);
  const params: Record<string, string | string[]> = {};
  route?.names.forEach((name, i) => (params[name] = decodeURIComponent(match?.[i + 1] ?? '')));
  if (!route) params.rest = full.pathname.split('/').slice(3);
  const handler = (route?.module ?? rest)[method] as Handler | undefined;
  if (!handler) throw new Error(`No ${method} handler for ${full.pathname}`);
  const response = await handler(new Request(full, init), { params: Promise.resolve(params) });
  const text = await response.clone().text();
  return { response, body: text ? JSON.parse(text) : null, openapiPath: route?.openapi ?? '' };
}

/** A fresh database with the real seed data, as the app's database for the handlers. */
export async function seededApi() {
  const { db } = freshDatabase();
  await seedDatabase(db);
  useAppDatabase(db);
  return db;
}

/** Validates answers against the OpenAPI document the API itself serves. */
export async function openApiValidator() {
  const document = (await call('/api/v1/openapi.json')).body as {
    paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: 'laurels-openapi' });
  const pointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
  return {
    document,
    /** Expects `answer` to be a response the document lists for its path, with a body matching its schema. */
    expectValid(answer: ApiAnswer) {
      const status = String(answer.response.status);
      const schemaRef =
        status === '200'
          ? `laurels-openapi#/paths/${pointer(answer.openapiPath)}/get/responses/200/content/application~1json/schema`
          : 'laurels-openapi#/components/schemas/Error';
      const validate = ajv.compile({ $ref: schemaRef });
      expect(validate(answer.body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      if (answer.openapiPath) {
        expect(Object.keys(document.paths[answer.openapiPath]?.get.responses ?? {})).toContain(status);
      }
    },
  };
}
