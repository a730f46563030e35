// The OpenAPI 3.1 document of /api/v1. Its component schemas are the handlers' own zod schemas turned into
// JSON Schema (draft 2020-12, which OpenAPI 3.1 uses) by z.toJSONSchema, and its query parameters are the
// fields of the zod schemas the handlers parse queries with: one source of truth for code and description.
import { z } from 'zod';
import { apiRegistry } from './schemas';
import { MAX_PER_PAGE } from './envelopes';
import { CACHE_CONTROL } from './respond';
import { filmQuerySchema, nominationQuerySchema, personQuerySchema } from './query-schemas';

type JsonObject = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function componentSchemas(): JsonObject {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` });
  // Each component is a subschema of the document, so it carries neither its own dialect nor its own $id.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
}

function queryParameters(schema: z.ZodObject): JsonObject[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _dialect, description, ...json } = z.toJSONSchema(field as z.ZodType, { io: 'input' });
    return { name, in: 'query', required: false, description, schema: json };
  });
}

function pathParameter(name: string, description: string): JsonObject {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

const headers = {
  ETag: { description: 'A hash of the body; send it back in If-None-Match to get a 304.', schema: { type: 'string' } },
  'Cache-Control': { description: `Always "${CACHE_CONTROL}".`, schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: 'Always "*".', schema: { type: 'string' } },
};

const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

function operation(summary: string, schema: string, parameters: JsonObject[], extra: JsonObject = {}): JsonObject {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: { description: 'OK', headers, content: { 'application/json': { schema: ref(schema) } } },
        304: { description: 'Not modified: the ETag sent in If-None-Match is still current.' },
        ...extra,
        404: error('Nothing with that name.'),
        405: error('Only GET, HEAD and OPTIONS are allowed.'),
        500: error('The API could not answer.'),
      },
    },
  };
}

const award = pathParameter('award', 'An award slug, e.g. academy-awards.');
const badQuery = { 400: error('A query parameter is not valid; the message names it.') };
const moved = (what: string) => ({ 301: { description: `${what}; Location gives its address.` } });

let built: JsonObject | undefined;

/** The document, built once per process: it depends on nothing but the code. */
export function openApiDocument(): JsonObject {
  built ??= buildDocument();
  return built;
}

function buildDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Laurels API',
      version: '1.0.0',
      description: `Read-only data on documentary awards: awards, editions, categories, films, people and every nomination with its status history and sources. Lists are paged with page and per_page (at most ${MAX_PER_PAGE}); answers carry an ETag and may be cached briefly; any origin may read them (CORS).`,
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/v1': operation('Where to start', 'ApiIndex', []),
      '/api/v1/awards': operation('Every award', 'AwardListResponse', []),
      '/api/v1/awards/{award}': operation(
        'One award and its categories',
        'AwardResponse',
        [award],
        moved('A slug written in capitals'),
      ),
      '/api/v1/awards/{award}/editions': operation(
        "An award's editions",
        'EditionListResponse',
        [award],
        moved('A slug written in capitals'),
      ),
      '/api/v1/awards/{award}/editions/{edition}': operation(
        'One edition with its categories and nominations',
        'EditionResponse',
        [award, pathParameter('edition', 'An edition slug, e.g. 89th or 2016.')],
        moved('A year or ordinal naming one edition'),
      ),
      '/api/v1/films': operation(
        'Films, a page at a time',
        'FilmListResponse',
        queryParameters(filmQuerySchema),
        badQuery,
      ),
      '/api/v1/films/{film}': operation(
        'One film with its credits and nominations',
        'FilmResponse',
        [pathParameter('film', 'A film slug or IMDb id, e.g. o-j-made-in-america or tt5275892.')],
        moved('The old slug of a merged film, or a slug or IMDb id written in capitals'),
      ),
      '/api/v1/people': operation(
        'People and companies, a page at a time',
        'PersonListResponse',
        queryParameters(personQuerySchema),
        badQuery,
      ),
      '/api/v1/people/{person}': operation(
        'One person or company with their credits and nominations',
        'PersonResponse',
        [pathParameter('person', 'A person slug or IMDb id (nm…, co…).')],
        moved('The old slug of a merged person, or a slug or IMDb id written in capitals'),
      ),
      '/api/v1/nominations': operation(
        'Nominations, a page at a time, in id order',
        'NominationListResponse',
        queryParameters(nominationQuerySchema),
        badQuery,
      ),
      '/api/v1/nominations/{id}': operation(
        'One nomination with its status history and sources',
        'NominationResponse',
        [pathParameter('id', 'A nomination id.')],
        { 400: error('The id is not a positive whole number.') },
      ),
    },
    components: { schemas: componentSchemas() },
  };
}
