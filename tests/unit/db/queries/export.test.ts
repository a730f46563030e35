import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openSnapshot } from '@/db/client';
import { exportChunks, listExportNominations, nominationsToCsv, type ExportNomination } from '@/db/queries/export';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '../../../helpers/db';

describe('catalogue export', () => {
  const { db } = freshDatabase();
  const seeded = seedDatabase(db);
  const idOf = (sqlText: string) => db.$client.prepare(sqlText).pluck().get() as number;

  it('exports an edition as one CSV line per nomination with status and source', async () => {
    await seeded;
    const edition = idOf(`select e.id from editions e join awards a on a.id = e.award_id
      where a.slug = 'ida-documentary-awards' and e.slug = '2016'`);
    const rows = await listExportNominations(db, { kind: 'edition', id: edition });
    const csv = parse(nominationsToCsv(rows), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(rows.length);
    const lovers = csv.find((line) => line.films === 'The Lovers and the Despot');
    expect(lovers).toMatchObject({
      award: 'IDA Documentary Awards',
      edition: '2016 IDA Documentary Awards',
      category: 'ABC News VideoSource Award',
      status: 'lost',
      source_publisher: 'TheWrap',
      source_url: 'https://www.thewrap.com/p1387513/',
    });
  });

  it('exports a film across every award with its IMDb id', async () => {
    await seeded;
    const film = idOf(`select id from films where imdb_id = 'tt5275892'`);
    const rows = await listExportNominations(db, { kind: 'film', id: film });
    expect(rows.map((row) => row.awardName).sort()).toEqual([
      'Academy Awards',
      "Critics' Choice Documentary Awards",
      'IDA Documentary Awards',
    ]);
    expect(rows[0]!.films[0]).toMatchObject({ title: 'O.J.: Made in America', imdbId: 'tt5275892' });
  });

  it('exports a whole award', async () => {
    await seeded;
    const award = idOf(`select id from awards where slug = 'academy-awards'`);
    const rows = await listExportNominations(db, { kind: 'award', id: award });
    expect(rows).toHaveLength(788);
    expect(new Set(rows.map((row) => row.awardSlug))).toEqual(new Set(['academy-awards']));
  });
});

describe('catalogue export in chunks', () => {
  const { db, file } = freshDatabase();
  const seeded = seedDatabase(db);
  const academyAwards = async () => {
    await seeded;
    return db.$client.prepare(`select id from awards where slug = 'academy-awards'`).pluck().get() as number;
  };

  it('reads a scope a chunk at a time, in export order: award, year, edition, category, then nominee', async () => {
    const award = await academyAwards();
    const chunks: ExportNomination[][] = [];
    for await (const chunk of exportChunks(db, { kind: 'award', id: award }, 100)) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.length)).toEqual([100, 100, 100, 100, 100, 100, 100, 88]);
    const inOrder = db.$client
      .prepare(
        `select n.id from nominations n join categories c on c.id = n.category_id
          join editions e on e.id = c.edition_id where e.award_id = ?
          order by e.year, e.id, c.position, n.position, n.id`,
      )
      .pluck()
      .all(award);
    expect(chunks.flat().map((row) => row.nominationId)).toEqual(inOrder);
  });

  it('sees through a snapshot the catalogue as it was at the first chunk, whatever is written meanwhile', async () => {
    const award = await academyAwards();
    const snapshot = openSnapshot(file);
    try {
      const chunks = exportChunks(snapshot.db, { kind: 'award', id: award }, 100);
      const first = await chunks.next();
      expect(first.done).toBe(false);
      // A nomination of the last chunk is changed after the file was begun.
      const last = (await listExportNominations(db, { kind: 'award', id: award })).at(-1)!;
      db.$client
        .prepare(`update nominations set note = 'Changed after the export began' where id = ?`)
        .run(last.nominationId);
      const rest: ExportNomination[] = [];
      for await (const chunk of chunks) rest.push(...chunk);
      expect(rest.at(-1)).toMatchObject({ nominationId: last.nominationId, note: last.note });
      expect((await listExportNominations(db, { kind: 'award', id: award })).at(-1)!.note).toBe(
        'Changed after the export began',
      );
    } finally {
      snapshot.close();
    }
  });
});
