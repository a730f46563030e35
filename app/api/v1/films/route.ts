// GET /api/v1/films?q=&page=&per_page=: every film by title, a page at a time, optionally those with
// every word of q starting a word of their title, another name or their year, in any order (regardless of
// case, accents and "&"), as the site's search finds them.
import { getDb } from '@/db/client';
import { listApiFilms } from '@/db/queries/api-catalogue';
import { apiRoute, parseQuery } from '../_lib/api-route';
import { filmListResponse } from '../_lib/envelopes';
import { pageOf, pageWindow } from '../_lib/pagination';
import { filmQuerySchema } from '../_lib/query-schemas';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(filmListResponse, async (url) => {
  const query = parseQuery(url, filmQuerySchema);
  const page = { page: query.page, perPage: query.per_page };
  const { total, films } = await listApiFilms(getDb(), query.q || undefined, pageWindow(page));
  return pageOf(url, page, total, films);
});
