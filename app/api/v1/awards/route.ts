// GET /api/v1/awards: every award Laurels tracks, by name, with how many editions it holds.
import { getDb } from '@/db/client';
import { listAwards } from '@/db/queries/awards';
import { apiRoute } from '../_lib/api-route';
import { awardListResponse } from '../_lib/envelopes';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(awardListResponse, async (url) => ({
  data: await listAwards(getDb()),
  links: { self: url.toString() },
}));
