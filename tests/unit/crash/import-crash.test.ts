// Kills an import of the whole oscar_data file with SIGKILL while it is writing, then shows that the
// database is intact, holds none of the import (it is one transaction: all or nothing), and that
// running the import again loads exactly what an uninterrupted import loads.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { importOscarData, OSCAR_DATA_FILE, type OscarImportSummary } from '@/jobs/importers/oscar-data';
import { freshDatabase } from '@/tests/helpers/db';
import { killHard, startChild } from './child-process';
import { catalogueCounts, integrity, statusesWithoutHistory } from './invariants';

const TIMEOUT = 240_000;

let reference: { db: Db; summary: OscarImportSummary } | undefined;
/** A database the whole file was imported into without interruption, made once for both tests. */
function uninterrupted() {
  if (!reference) {
    const { db } = freshDatabase();
    reference = { db, summary: importOscarData(db, OSCAR_DATA_FILE) };
  }
  return reference;
}

describe('an import killed mid-write', () => {
  it(
    'leaves nothing of itself behind, and the rerun loads what an uninterrupted import does',
    async () => {
      const { db, file } = freshDatabase();
      const before = catalogueCounts(db);

      const child = startChild(file, 'import-child.ts', OSCAR_DATA_FILE, 'pause-halfway');
      // Half the rows are written (in the transaction, part of it spilled to the WAL) when this line comes.
      await child.line('halfway');
      await killHard(child);

      expect(integrity(db)).toBe('ok');
      expect(catalogueCounts(db)).toEqual(before);

      const rerun = importOscarData(db, OSCAR_DATA_FILE);
      expect(rerun).toEqual(uninterrupted().summary);
      expect(catalogueCounts(db)).toEqual(catalogueCounts(uninterrupted().db));
      expect(integrity(db)).toBe('ok');
      expect(statusesWithoutHistory(db)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'is all or nothing wherever the kill lands',
    async () => {
      const { db, file } = freshDatabase();
      const complete = catalogueCounts(uninterrupted().db);
      const empty = catalogueCounts(db);

      // No pause: the kill lands a fixed while after the first rows are written, during the write or
      // after the commit depending on the machine's load; either must leave none of the import or all of it.
      const child = startChild(file, 'import-child.ts', OSCAR_DATA_FILE, 'run');
      await child.line('writing');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await killHard(child);

      expect(integrity(db)).toBe('ok');
      expect([empty, complete]).toContainEqual(catalogueCounts(db));
      importOscarData(db, OSCAR_DATA_FILE);
      expect(catalogueCounts(db)).toEqual(complete);
      expect(statusesWithoutHistory(db)).toEqual([]);
    },
    TIMEOUT,
  );
});
