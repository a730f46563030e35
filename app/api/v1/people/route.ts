// GET /api/v1/people?q=&page=&per_page=: every person and company by name, a page at a time, optionally
// those with every word of q starting a word of their name or another name, in any order (regardless of
// case, accents and "&"), as the site's search finds them.
import { getDb } from '@/db/client';
import { listApiPeople } from '@/db/queries/api-catalogue';
import { apiRoute, parseQuery } from '../_lib/api-route';
import { personListResponse } from '../_lib/envelopes';
import { pageOf, pageWindow } from '../_lib/pagination';
import { personQuerySchema } from '../_lib/query-schemas';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(personListResponse, async (url) => {
  const query = parseQuery(url, personQuerySchema);
  const page = { page: query.page, perPage: query.per_page };
  const { total, people } = await listApiPeople(getDb(), query.q || undefined, pageWindow(page));
  return pageOf(url, page, total, people);
});
