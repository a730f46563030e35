// GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API, built from the same zod schemas the
// handlers shape their answers with, so the description cannot drift from what is sent.
import { z } from 'zod';
import { apiRoute } from '../_lib/api-route';
import { openApiDocument } from '../_lib/openapi';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(z.record(z.string(), z.unknown()), async () =>
  openApiDocument(),
);
