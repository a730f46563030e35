// GET /api/v1/nominations/{id}: one nomination with its status history and sources.
import { getDb } from '@/db/client';
import { loadApiNominations } from '@/db/queries/api-nominations';
import { apiRoute, notFound } from '../../_lib/api-route';
import { nominationResponse } from '../../_lib/envelopes';
import { ApiError } from '../../_lib/respond';
import { quoted } from '../../_lib/resolve';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(
  nominationResponse,
  async (_url, params: { id: string }) => {
    if (!/^[1-9]\d{0,14}$/.test(params.id)) {
      throw new ApiError(400, `Bad parameter: id must be a positive whole number, not ${quoted(params.id)}.`);
    }
    const id = Number(params.id);
    const nomination = (await loadApiNominations(getDb(), [id])).get(id);
    return { data: nomination ?? notFound(`No nomination with id ${id}.`) };
  },
);
