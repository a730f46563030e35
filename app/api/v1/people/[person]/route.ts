// GET /api/v1/people/{person}: one person or company by slug or IMDb id (nm…, co…), with their credits and
// every nomination naming them. A merged person's old slug moves (301) to the survivor.
import { getDb } from '@/db/client';
import { listApiNominationsOf } from '@/db/queries/api-nomination-lists';
import { listPersonCredits } from '@/db/queries/people';
import { apiRoute } from '../../_lib/api-route';
import { personResponse } from '../../_lib/envelopes';
import { resolvePerson } from '../../_lib/resolve';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(
  personResponse,
  async (_url, params: { person: string }) => {
    const db = getDb();
    const person = await resolvePerson(db, params.person, (slug) => `/api/v1/people/${encodeURIComponent(slug)}`);
    const credits = await listPersonCredits(db, person.id);
    return {
      data: {
        ...person,
        credits: credits.map(({ role, slug, title, year }) => ({ role, film: { slug, title, year } })),
        nominations: await listApiNominationsOf(db, { personId: person.id }),
      },
    };
  },
);
