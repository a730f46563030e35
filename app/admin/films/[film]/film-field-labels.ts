// The film form's field names in words, shared by the form (a client component) and the action's
// messages. Kept apart from the server-only modules so the browser bundle never pulls in the database.
import type { FilmEditField } from '@/db/queries/film-edits';

export const FILM_FIELD_LABELS: Record<FilmEditField, string> = {
  title: 'Title',
  originalTitle: 'Original title',
  year: 'Year',
  runtimeMinutes: 'Runtime (minutes)',
  countries: 'Countries',
  imdbId: 'IMDb id',
  wikidataId: 'Wikidata id',
  tmdbId: 'TMDB id',
  isDocumentary: 'Documentary',
};
