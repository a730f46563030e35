// GET /api/v1/awards/{award}/editions/{edition}: one edition with its categories, each with every
// nomination, its status history and sources. A year or ordinal naming one edition moves (301) to it.
import { getDb } from '@/db/client';
import { listApiEditionCategories } from '@/db/queries/api-catalogue';
import { apiRoute } from '../../../../_lib/api-route';
import { editionResponse } from '../../../../_lib/envelopes';
import { resolveEdition } from '../../../../_lib/resolve';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(
  editionResponse,
  async (_url, params: { award: string; edition: string }) => {
    const db = getDb();
    const {
      id,
      awardId: _awardId,
      awardSlug,
      awardName,
      ...edition
    } = await resolveEdition(
      db,
      params.award,
      params.edition,
      (slug) => `/api/v1/awards/${encodeURIComponent(params.award)}/editions/${encodeURIComponent(slug)}`,
    );
    return {
      data: {
        ...edition,
        award: { slug: awardSlug, name: awardName },
        categories: await listApiEditionCategories(db, id),
      },
    };
  },
);
