// findFilm and findPerson for a bulk import, answered from memory. The writer queues its new films and
// people (insert-bulk.ts), so the tables do not hold them until the next flush; this index holds every
// record the tables held when the import began (their ids, IMDb ids and folded names and aliases, read in
// one query each) and everything the import adds, and gives the answer the SQL of findFilm / findPerson
// gives: the record with the IMDb id, else the first candidate among the records with the folded name,
// then those with it as an alias, each by id (the order of that query's plan: a multi-index OR, title
// index first).
import type Database from 'better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { mapRow } from './audit-bulk';

/** Records read together when one of them is first found. */
const PAGE_SIZE = 256;

interface IndexedRow {
  id: number;
  imdbId: string | null;
}

interface TableNames {
  table: 'films' | 'people';
  folded: 'title_folded' | 'name_folded';
  aliases: 'film_aliases' | 'person_aliases';
  key: 'film_id' | 'person_id';
}

export class NameIndex<T extends IndexedRow> {
  private readonly byImdbId = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();
  private readonly byAlias = new Map<string, number[]>();
  /**
   * Whole rows, for the records found or created in this import; the others are read when first found,
   * with the records next to them by id (a rerun finds the records it created, in the order it created them).
   */
  private readonly rows = new Map<number, T>();
  private readonly page: Database.Statement;

  constructor(
    client: Database.Database,
    private readonly schemaTable: SQLiteTable,
    names: TableNames,
  ) {
    this.page = client.prepare(`select * from ${names.table} where id between ? and ?`);
    const records = client
      .prepare(`select id, imdb_id, ${names.folded} from ${names.table} order by id`)
      .raw()
      .all() as [number, string | null, string][];
    for (const [id, imdbId, folded] of records) {
      if (imdbId) this.byImdbId.set(imdbId, id);
      push(this.byName, folded, id);
    }
    const aliases = client
      .prepare(`select ${names.key}, folded from ${names.aliases} order by ${names.key}`)
      .raw()
      .all() as [number, string][];
    for (const [id, folded] of aliases) push(this.byAlias, folded, id);
  }

  /** The record findFilm / findPerson would find: by IMDb id, else the first candidate by name or alias. */
  find(imdbId: string | null | undefined, folded: string, isCandidate: (row: T) => boolean): T | undefined {
    if (imdbId) {
      const id = this.byImdbId.get(imdbId);
      if (id !== undefined) return this.row(id);
    }
    const named = this.byName.get(folded) ?? [];
    for (const id of named) {
      const row = this.row(id);
      if (isCandidate(row)) return row;
    }
    for (const id of this.byAlias.get(folded) ?? []) {
      if (named.includes(id)) continue;
      const row = this.row(id);
      if (isCandidate(row)) return row;
    }
    return undefined;
  }

  /** A record this import created (its id above every other) or changed. */
  set(row: T, folded: string): void {
    const before = this.rows.get(row.id);
    if (before?.imdbId && before.imdbId !== row.imdbId) this.byImdbId.delete(before.imdbId);
    if (row.imdbId) this.byImdbId.set(row.imdbId, row.id);
    if (!before) push(this.byName, folded, row.id);
    this.rows.set(row.id, row);
  }

  addAlias(id: number, folded: string): void {
    push(this.byAlias, folded, id);
  }

  private row(id: number): T {
    let row = this.rows.get(id);
    if (!row) {
      this.readPage(id);
      row = this.rows.get(id)!;
    }
    return row;
  }

  /**
   * Reads the records of the page of ids that holds `id`: one statement instead of one per record. A
   * record already held is kept as it is, since this import may have changed or created it.
   */
  private readPage(id: number): void {
    const first = id - (id % PAGE_SIZE);
    for (const raw of this.page.all(first, first + PAGE_SIZE - 1) as Record<string, unknown>[]) {
      const rowId = raw.id as number;
      if (!this.rows.has(rowId)) this.rows.set(rowId, mapRow<T>(this.schemaTable, raw));
    }
  }
}

/** Adds an id to a list kept in ascending order and without repeats. */
function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (!ids) {
    map.set(key, [id]);
    return;
  }
  if (ids.includes(id)) return;
  ids.push(id);
  if (ids.length > 1 && ids[ids.length - 2]! > id) ids.sort((a, b) => a - b);
}
