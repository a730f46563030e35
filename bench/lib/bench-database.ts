// A database made for one benchmark run, in a temporary folder of its own, so a benchmark never reads
// or writes the real one (data/laurels.db). It is built the way a user would build theirs — the
// committed migrations, the whole oscar_data file through the importer, then the seed — and then grown
// with a generated catalogue of the size asked for (bench/lib/generate-catalogue.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { openDatabase, type Db } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { awards, editions, films, nominations, people } from '../../db/schema';
import { seedDatabase } from '../../db/seed';
import { importOscarData, OSCAR_DATA_FILE } from '../../jobs/importers/oscar-data';
import { generateCatalogue, type CatalogueSize } from './generate-catalogue';

// A type alias, not an interface, so that it fits the report's `Record<string, number>` scale.
export type Scale = {
  nominations: number;
  films: number;
  people: number;
  awards: number;
  editions: number;
  /** Of those, generated (the rest is real: oscar_data and the seed). */
  generatedNominations: number;
};

export interface BenchDatabase {
  file: string;
  db: Db;
  scale: Scale;
  /** Closes the connection (checkpointing the WAL) so that the server is the only one reading. */
  close(): void;
  /** Deletes the folder and everything in it. */
  remove(): void;
}

function countRows(db: Db, size: CatalogueSize): Scale {
  const rows = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  return {
    nominations: rows(nominations),
    films: rows(films),
    people: rows(people),
    awards: rows(awards),
    editions: rows(editions),
    generatedNominations: size.nominations,
  };
}

async function timed<T>(label: string, step: () => T | Promise<T>): Promise<T> {
  const startedAt = performance.now();
  const result = await step();
  console.log(`bench: ${label} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
  return result;
}

/**
 * Creates, migrates and fills a database with every Academy Award nomination, the seed data and a
 * generated catalogue of `size`.
 */
export async function createBenchDatabase(size: CatalogueSize): Promise<BenchDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'laurels-bench-'));
  const file = join(folder, 'bench.db');
  let db: Db | undefined;
  let isOpen = false;
  const close = () => {
    if (isOpen) db?.$client.close();
    isOpen = false;
  };
  const remove = () => {
    close();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    db = openDatabase(file);
    isOpen = true;
    const opened = db;
    await timed('migrated', () => migrateDatabase(opened));
    await timed(`imported the whole oscar_data file`, () => importOscarData(opened, OSCAR_DATA_FILE));
    await timed('seeded', () => seedDatabase(opened));
    await timed(`generated ${size.nominations.toLocaleString('en')} nominations`, () =>
      generateCatalogue(opened.$client, size),
    );
    // The server then starts on a database whose write-ahead log is empty, as a restarted one would.
    opened.$client.pragma('wal_checkpoint(TRUNCATE)');
    return { file, db: opened, scale: countRows(opened, size), close, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
