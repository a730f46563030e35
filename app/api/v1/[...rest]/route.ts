// Any other address under /api/v1 answers a JSON 404 pointing at the API's description, never the
// site's HTML "not found" page.
import { errorResponse, preflightResponse, withoutBody } from '../_lib/respond';

export const dynamic = 'force-dynamic';

function unknownEndpoint(request: Request): Response {
  const path = new URL(request.url).pathname.slice(0, 200);
  return errorResponse(404, `No API endpoint at ${path}. The endpoints are listed in /api/v1/openapi.json.`);
}

export const GET = unknownEndpoint;
export const HEAD = (request: Request) => withoutBody(unknownEndpoint(request));
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
export const OPTIONS = preflightResponse;
