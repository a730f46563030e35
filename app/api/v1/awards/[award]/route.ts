// GET /api/v1/awards/{award}: one award, its organization, and its categories across the years.
import { getDb } from '@/db/client';
import { listCanonicalCategories } from '@/db/queries/awards';
import { apiRoute } from '../../_lib/api-route';
import { awardResponse } from '../../_lib/envelopes';
import { resolveAward } from '../../_lib/resolve';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(
  awardResponse,
  async (_url, params: { award: string }) => {
    const db = getDb();
    const { organization, organizationUrl, ...award } = await resolveAward(
      db,
      params.award,
      (slug) => `/api/v1/awards/${encodeURIComponent(slug)}`,
    );
    return {
      data: {
        ...award,
        organization: organization === null ? null : { name: organization, url: organizationUrl },
        categories: await listCanonicalCategories(db, award.id),
      },
    };
  },
);
