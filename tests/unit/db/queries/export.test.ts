import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { listExportNominations, nominationsToCsv } from '@/db/queries/export';
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
