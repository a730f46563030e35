// GET /api/v1/nominations?award=&edition=&category=&film=&person=&status=&page=&per_page=: every
// nomination, in id order (stable across pages), each with its status history and sources. `edition` and
// `category` need `award` (`edition` may name it instead: AWARD/EDITION).
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { listApiNominations, type NominationFilter } from '@/db/queries/api-nomination-lists';
import { splitEditionAddress } from '@/db/queries/awards';
import { apiRoute, parseQuery } from '../_lib/api-route';
import { nominationListResponse } from '../_lib/envelopes';
import { pageOf, pageWindow } from '../_lib/pagination';
import { nominationQuerySchema } from '../_lib/query-schemas';
import { ApiError } from '../_lib/respond';
import { quoted, resolveAward, resolveCategory, resolveEdition, resolveFilm, resolvePerson } from '../_lib/resolve';

export const dynamic = 'force-dynamic';

type NominationQuery = z.infer<typeof nominationQuerySchema>;

/** `edition` as AWARD/EDITION, the export's form, read as `award` and `edition`. */
function withEditionAward(query: NominationQuery): NominationQuery {
  const address = query.edition === undefined ? undefined : splitEditionAddress(query.edition);
  if (!address) return query;
  if (query.award !== undefined && query.award !== address.award) {
    throw new ApiError(400, `edition names the award ${quoted(address.award)}, but award is ${quoted(query.award)}.`);
  }
  return { ...query, ...address };
}

async function filterOf(given: NominationQuery): Promise<NominationFilter> {
  const db = getDb();
  const query = withEditionAward(given);
  const filter: NominationFilter = { status: query.status };
  if (query.award !== undefined && query.edition !== undefined) {
    filter.editionId = (await resolveEdition(db, query.award, query.edition)).id;
  } else if (query.award !== undefined) {
    filter.awardId = (await resolveAward(db, query.award)).id;
  }
  if (query.award !== undefined && query.category !== undefined) {
    filter.canonicalCategoryId = resolveCategory(db, await resolveAward(db, query.award), query.category);
  }
  if (query.film !== undefined) filter.filmId = (await resolveFilm(db, query.film)).id;
  if (query.person !== undefined) filter.personId = (await resolvePerson(db, query.person)).id;
  return filter;
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(nominationListResponse, async (url) => {
  const query = parseQuery(url, nominationQuerySchema);
  const page = { page: query.page, perPage: query.per_page };
  const { total, nominations } = await listApiNominations(getDb(), await filterOf(query), pageWindow(page));
  return pageOf(url, page, total, nominations);
});
