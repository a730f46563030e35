// The envelopes every API answer comes in: `{ data }` for one thing, `{ data, meta, links }` for a page
// of a list, `{ error }` for a failure. Registered beside the entity schemas so that the OpenAPI document
// describes each response exactly as the handlers build it.
import { z } from 'zod';
import { apiRegistry, nominationSchema } from './schemas';
import {
  awardSchema,
  awardSummarySchema,
  editionSchema,
  editionSummarySchema,
  filmSchema,
  filmSummarySchema,
  personSummarySchema,
  personSchema,
} from './catalogue-schemas';

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 25;

export const errorSchema = z.object({
  error: z.object({ status: z.number().int(), message: z.string() }),
});
apiRegistry.add(errorSchema, { id: 'Error' });

const pageMetaSchema = z.object({
  page: z.number().int().min(1),
  perPage: z.number().int().min(1).max(MAX_PER_PAGE),
  total: z.number().int().min(0),
  totalPages: z.number().int().min(0),
});
const pageLinksSchema = z.object({
  self: z.string(),
  first: z.string(),
  last: z.string(),
  prev: z.string().nullable().describe('null on the first page.'),
  next: z.string().nullable().describe('null on the last page.'),
});
apiRegistry.add(pageMetaSchema, { id: 'PageMeta' });
apiRegistry.add(pageLinksSchema, { id: 'PageLinks' });

function single<T extends z.ZodType>(id: string, data: T) {
  const schema = z.object({ data });
  apiRegistry.add(schema, { id });
  return schema;
}

function all<T extends z.ZodType>(id: string, item: T) {
  const schema = z.object({ data: z.array(item), links: z.object({ self: z.string() }) });
  apiRegistry.add(schema, { id });
  return schema;
}

function paged<T extends z.ZodType>(id: string, item: T) {
  const schema = z.object({ data: z.array(item), meta: pageMetaSchema, links: pageLinksSchema });
  apiRegistry.add(schema, { id });
  return schema;
}

export const awardListResponse = all('AwardListResponse', awardSummarySchema);
export const awardResponse = single('AwardResponse', awardSchema);
export const editionListResponse = all('EditionListResponse', editionSummarySchema);
export const editionResponse = single('EditionResponse', editionSchema);
export const filmListResponse = paged('FilmListResponse', filmSummarySchema);
export const filmResponse = single('FilmResponse', filmSchema);
export const personListResponse = paged('PersonListResponse', personSummarySchema);
export const personResponse = single('PersonResponse', personSchema);
export const nominationListResponse = paged('NominationListResponse', nominationSchema);
export const nominationResponse = single('NominationResponse', nominationSchema);

export const apiIndexResponse = z.object({
  links: z.object({
    self: z.string(),
    openapi: z.string(),
    documentation: z.string(),
    awards: z.string(),
    films: z.string(),
    people: z.string(),
    nominations: z.string(),
  }),
});
apiRegistry.add(apiIndexResponse, { id: 'ApiIndex' });
