// The catalogue as flat data for download: one row per nomination of an edition, an award or a film,
// with its nominee, current status and the source of that status. CSV for spreadsheets, JSON for code.
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import type { Executor } from '../client';
import { awards, canonicalCategories, categories, editions, films, nominationFilms, nominations } from '../schema';
import { loadLatestStatuses, withNominees } from './awards';
import { nominationInEditionColumns } from './timeline';

export type ExportScope =
  { kind: 'edition'; id: number } | { kind: 'award'; id: number } | { kind: 'film'; id: number };

function scopeCondition(scope: ExportScope): SQL {
  switch (scope.kind) {
    case 'edition':
      return eq(editions.id, scope.id);
    case 'award':
      return eq(awards.id, scope.id);
    case 'film':
      return sql`${nominations.id} in (select ${nominationFilms.nominationId} from ${nominationFilms} where ${nominationFilms.filmId} = ${scope.id})`;
  }
}

export async function listExportNominations(db: Executor, scope: ExportScope) {
  const rows = await db
    .select({
      nominationId: nominations.id,
      ...nominationInEditionColumns,
      editionOrdinal: editions.ordinal,
      canonicalCategory: canonicalCategories.name,
      citation: nominations.citation,
      note: nominations.note,
    })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(scopeCondition(scope))
    .orderBy(
      asc(awards.name),
      asc(editions.year),
      asc(editions.id),
      asc(categories.position),
      asc(nominations.position),
    );
  const withPeople = await withNominees(db, rows, (row) => row.nominationId);
  const latest = await loadLatestStatuses(
    db,
    rows.map((row) => row.nominationId),
  );
  const imdb = await imdbIdsOf(
    db,
    withPeople.flatMap((row) => row.films.map((film) => film.id)),
  );
  return withPeople.map((row) => ({
    ...row,
    films: row.films.map((film) => ({ ...film, imdbId: imdb.get(film.id) ?? null })),
    statusDate: latest.get(row.nominationId)?.occurredOn ?? null,
    statusNote: latest.get(row.nominationId)?.note ?? null,
    source: latest.get(row.nominationId)?.source ?? null,
  }));
}

export type ExportNomination = Awaited<ReturnType<typeof listExportNominations>>[number];

async function imdbIdsOf(db: Executor, filmIds: number[]): Promise<Map<number, string>> {
  const result = new Map<number, string>();
  const unique = [...new Set(filmIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .select({ id: films.id, imdbId: films.imdbId })
      .from(films)
      .where(inArray(films.id, unique.slice(i, i + 500)));
    for (const row of rows) if (row.imdbId) result.set(row.id, row.imdbId);
  }
  return result;
}

export const CSV_COLUMNS = [
  'award',
  'edition',
  'edition_ordinal',
  'awards_year',
  'ceremony_date',
  'category',
  'canonical_category',
  'films',
  'film_imdb_ids',
  'nominees',
  'credited_as',
  'detail',
  'citation',
  'nomination_note',
  'status',
  'status_date',
  'source_publisher',
  'source_title',
  'source_url',
  'note',
] as const;

/** One CSV line per nomination; several films or people in one cell are separated by "; ". */
export function nominationsToCsv(rows: readonly ExportNomination[]): string {
  return stringify(
    rows.map((row) => ({
      award: row.awardName,
      edition: row.editionName,
      edition_ordinal: row.editionOrdinal,
      awards_year: row.yearLabel ?? row.editionYear,
      ceremony_date: row.ceremonyDate,
      category: row.category,
      canonical_category: row.canonicalCategory,
      films: row.films.map((film) => film.title).join('; '),
      film_imdb_ids: row.films.map((film) => film.imdbId ?? '').join('; '),
      nominees: row.people.map((person) => person.name).join('; '),
      credited_as: row.displayName,
      detail: row.detail,
      citation: row.citation,
      nomination_note: row.note,
      status: row.status,
      status_date: row.statusDate,
      source_publisher: row.source?.publisher,
      source_title: row.source?.title,
      source_url: row.source?.url,
      // The note on the current status (why it is believed); the nomination's own note is nomination_note.
      note: row.statusNote,
    })),
    // A cell a spreadsheet would run as a formula (text starting "=", "+", "-" or "@", as any title or
    // citation may, from an admin or a feed) gets a leading "'", which spreadsheets show as text; the
    // importer takes it off again (FORMULA_ESCAPED in nomination-import-parse.ts), so a file round-trips.
    { header: true, columns: [...CSV_COLUMNS], escape_formulas: true },
  );
}
