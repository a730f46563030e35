// GET /api/v1: where to start: the lists the API offers and its OpenAPI document.
import { apiRoute } from './_lib/api-route';
import { apiIndexResponse } from './_lib/envelopes';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(apiIndexResponse, async (url) => {
  const at = (path: string) => new URL(path, url).toString();
  return {
    links: {
      self: url.toString(),
      openapi: at('/api/v1/openapi.json'),
      documentation: at('/api'),
      awards: at('/api/v1/awards'),
      films: at('/api/v1/films'),
      people: at('/api/v1/people'),
      nominations: at('/api/v1/nominations'),
    },
  };
});
