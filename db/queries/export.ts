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

/** The export's order: award, awards year, edition, category, then the nominees as their category lists them. */
const EXPORT_ORDER = [
  asc(awards.name),
  asc(editions.year),
  asc(editions.id),
  asc(categories.position),
  asc(nominations.position),
  asc(nominations.id),
];

/**
 * Nominations a chunk of the export holds: a whole award (12,000 Academy Awards nominations, 10 MB of
 * JSON) read at once held the server for seconds, every other visitor's page waiting behind it.
 */
export const EXPORT_CHUNK_SIZE = 250;

/**
 * The scope's nominations in export order, a chunk at a time: the ids first (one query, which fixes what
 * the file holds and its order), then each chunk's details, so that a caller can let other work run
 * between chunks. Read through a snapshot (db/client.ts openSnapshot), every chunk sees the catalogue as
 * the first did.
 */
export async function* exportChunks(
  db: Executor,
  scope: ExportScope,
  size = EXPORT_CHUNK_SIZE,
): AsyncGenerator<ExportNomination[]> {
  const ids = (
    await db
      .select({ id: nominations.id })
      .from(nominations)
      .innerJoin(categories, eq(categories.id, nominations.categoryId))
      .innerJoin(editions, eq(editions.id, categories.editionId))
      .innerJoin(awards, eq(awards.id, editions.awardId))
      .where(scopeCondition(scope))
      .orderBy(...EXPORT_ORDER)
  ).map((row) => row.id);
  for (let i = 0; i < ids.length; i += size) yield await nominationsForExport(db, ids.slice(i, i + size));
}

/** Every nomination of the scope, in export order. */
export async function listExportNominations(db: Executor, scope: ExportScope): Promise<ExportNomination[]> {
  const rows: ExportNomination[] = [];
  for await (const chunk of exportChunks(db, scope)) rows.push(...chunk);
  return rows;
}

/** The nominations with these ids, in export order, with nominees, IMDb ids and the current status's source. */
async function nominationsForExport(db: Executor, ids: number[]) {
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
    .where(inArray(nominations.id, ids))
    .orderBy(...EXPORT_ORDER);
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

export type ExportNomination = Awaited<ReturnType<typeof nominationsForExport>>[number];

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

/**
 * One CSV line per nomination; several films or people in one cell are separated by "; ". Each chunk of a
 * file but the first is written without the header.
 */
export function nominationsToCsv(rows: readonly ExportNomination[], { header = true } = {}): string {
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
    { header, columns: [...CSV_COLUMNS], escape_formulas: true },
  );
}
