// Builds the method handlers of one API route from a loader and the zod schema of its answer, so that
// every route answers GET, HEAD and OPTIONS the same way, refuses other methods with a JSON 405, and
// never lets an error out as an HTML page or a stack trace.
import type { z } from 'zod';
import { shortened } from '@/db/rules/text';
import { publicUrl } from '@/app/_lib/public-origin';
import {
  ApiError,
  failureResponse,
  jsonAnswer,
  jsonResponse,
  methodNotAllowed,
  preflightResponse,
  withoutBody,
} from './respond';
import { cachedAnswer } from './response-cache';

type Params = Record<string, string | string[]>;
interface RouteContext<P extends Params> {
  params: Promise<P>;
}

/**
 * Reads the query string with `schema`; a bad parameter is a 400 naming it, with its schema's message, and
 * so is a parameter the endpoint does not take (a misspelt filter would otherwise silently filter nothing)
 * or one given twice. An empty parameter ("status=", as a form with a blank field sends it) is no filter,
 * as if it were absent.
 */
export function parseQuery<T extends z.ZodObject>(url: URL, schema: T): z.infer<T> {
  const given = [...url.searchParams].filter(([, value]) => value !== '');
  const names = given.map(([name]) => name);
  const unknown = [...new Set(names.filter((name) => !(name in schema.shape)))];
  if (unknown.length) {
    const taken = Object.keys(schema.shape).join(', ');
    throw new ApiError(400, `Unknown parameter: ${unknown.map(shortened).join(', ')}. This endpoint takes ${taken}.`);
  }
  const repeated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
  if (repeated.length) throw new ApiError(400, `Bad parameter: ${repeated.join(', ')} given more than once.`);
  const parsed = schema.safeParse(Object.fromEntries(given));
  if (parsed.success) return parsed.data;
  // One message per parameter: a value can miss a rule in several ways at once.
  const messages = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const name = issue.path.join('.') || 'query';
    if (!messages.has(name)) messages.set(name, issue.message);
  }
  throw new ApiError(400, `Bad parameter: ${[...messages].map(([name, message]) => `${name}: ${message}`).join('; ')}`);
}

export function notFound(message: string): never {
  throw new ApiError(404, message);
}

/**
 * The route's handlers. `load` reads what the URL names and returns the answer's body, which goes through
 * `schema` before it is sent: a body that does not match its published schema is a bug, answered as a 500.
 */
export function apiRoute<P extends Params, S extends z.ZodType>(
  schema: S,
  load: (url: URL, params: P) => Promise<z.input<S>>,
) {
  async function GET(request: Request, context: RouteContext<P>): Promise<Response> {
    try {
      // The answer's links name the origin the reader used (behind a proxy, the forwarded one), so it is
      // also part of the key the answer is kept under.
      const url = publicUrl(request);
      const params = await context.params;
      const answer = await cachedAnswer(url.href, async () => jsonAnswer(schema.parse(await load(url, params))));
      return jsonResponse(request, answer);
    } catch (error) {
      return failureResponse(error, request);
    }
  }
  const refuse = async (request: Request) => methodNotAllowed(request);
  return {
    GET,
    HEAD: async (request: Request, context: RouteContext<P>) => withoutBody(await GET(request, context)),
    OPTIONS: async () => preflightResponse(),
    POST: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
  };
}
