// GET /api/v1/awards/{award}/editions: the award's editions in the order they were held, with their dates.
import { getDb } from '@/db/client';
import { listApiEditions } from '@/db/queries/api-catalogue';
import { apiRoute } from '../../../_lib/api-route';
import { editionListResponse } from '../../../_lib/envelopes';
import { resolveAward } from '../../../_lib/resolve';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(
  editionListResponse,
  async (url, params: { award: string }) => {
    const db = getDb();
    const award = await resolveAward(db, params.award, (slug) => `/api/v1/awards/${encodeURIComponent(slug)}/editions`);
    return { data: await listApiEditions(db, award.id), links: { self: url.toString() } };
  },
);
