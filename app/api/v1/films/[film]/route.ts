// GET /api/v1/films/{film}: one film by slug or IMDb id (tt…), with its other names, credits and every
// nomination with its status history and sources. A merged film's old slug moves (301) to the survivor.
import { getDb } from '@/db/client';
import { listApiNominationsOf } from '@/db/queries/api-nomination-lists';
import { listFilmCredits } from '@/db/queries/films';
import { apiRoute } from '../../_lib/api-route';
import { filmResponse } from '../../_lib/envelopes';
import { resolveFilm } from '../../_lib/resolve';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(
  filmResponse,
  async (_url, params: { film: string }) => {
    const db = getDb();
    const film = await resolveFilm(db, params.film, (slug) => `/api/v1/films/${encodeURIComponent(slug)}`);
    const credits = await listFilmCredits(db, film.id);
    return {
      data: {
        ...film,
        countries: (film.countries ?? '').split(',').flatMap((code) => code.trim() || []),
        credits: credits.map(({ role, slug, name, kind, imdbId }) => ({ role, person: { slug, name, kind, imdbId } })),
        nominations: await listApiNominationsOf(db, { filmId: film.id }),
      },
    };
  },
);
