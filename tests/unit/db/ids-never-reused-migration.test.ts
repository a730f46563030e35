// Ids are never given out twice (migration 0015, AUTOINCREMENT): a record created after the newest one
// was deleted gets a new id, so the deleted one's audit history, links and feed entry ids stay its own,
// whether the record is written one at a time or by a bulk import. The migration rebuilds the tables of
// a database written before it without losing a row, a reference, an index or a trigger.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, MIGRATIONS_FOLDER } from '@/db/migrate';
import { ensureFilm } from '@/db/queries/films';
import { deleteNomination } from '@/db/queries/nomination-delete';
import { createNomination } from '@/db/queries/nominations';
import { deleteUnusedRecord } from '@/db/queries/record-delete';
import { parseSearchText, searchNames } from '@/db/search';
import { seedDatabase } from '@/db/seed';
import { films, statusEvents } from '@/db/schema';
import { importOscarData, OSCAR_DATA_FILE } from '@/jobs/importers/oscar-data';
import { databaseBeforeMigration, freshDatabase } from '../../helpers/db';
import { tableCounts } from '../../helpers/counts';
import { seedVideoSourceCategory } from '../../helpers/video-source-category';

describe('ids are never given out twice', () => {
  it('gives a film created after the newest was deleted a new id', () => {
    const { db } = freshDatabase();
    const first = ensureFilm(db, { title: 'Delete Me Test Film', year: 2020 }, 'test').film;
    deleteUnusedRecord(db, { kind: 'film', id: first.id, actor: 'user:1' });
    const second = ensureFilm(db, { title: 'Another Test Film', year: 2021 }, 'test').film;
    expect(second.id).toBeGreaterThan(first.id);
  });

  it('gives a nomination and its status events new ids after the newest nomination was deleted', () => {
    const { db } = freshDatabase();
    const { category, lovers } = seedVideoSourceCategory(db);
    const eventsOf = (nominationId: number) =>
      db
        .select({ id: statusEvents.id })
        .from(statusEvents)
        .where(eq(statusEvents.nominationId, nominationId))
        .all()
        .map((event) => event.id);
    const deletedEvents = eventsOf(lovers.id);
    deleteNomination(db, { nominationId: lovers.id, expectedVersion: lovers.version, actor: 'user:1' });
    const film = db.select().from(films).where(eq(films.title, 'The Lovers and the Despot')).get()!;
    const again = createNomination(db, {
      categoryId: category.id,
      filmIds: [film.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'test', note: 'entered again' },
    }).nomination;
    expect(again.id).toBeGreaterThan(lovers.id);
    expect(Math.min(...eventsOf(again.id))).toBeGreaterThan(Math.max(...deletedEvents));
  });

  it('gives rows a bulk import writes new ids too', () => {
    const { db } = freshDatabase();
    const last = ensureFilm(db, { title: 'Newest Test Film', year: 2022 }, 'test').film;
    deleteUnusedRecord(db, { kind: 'film', id: last.id, actor: 'user:1' });
    const file = join(tmpdir(), `laurels-ids-${process.pid}.tsv`);
    // The header and O.J.: Made in America's line of the shipped oscars.tsv.
    const lines = readFileSync(OSCAR_DATA_FILE, 'utf8').split('\n');
    writeFileSync(file, `${[lines[0], lines.find((line) => line.includes('\ttt5275892\t'))].join('\n')}\n`);
    importOscarData(db, file);
    const imported = db.select().from(films).where(eq(films.imdbId, 'tt5275892')).get()!;
    expect(imported.id).toBeGreaterThan(last.id);
  });
});

describe('migration 0015 on a database written before it', () => {
  it('keeps every row, reference, index and trigger, and from then on never reuses an id', async () => {
    const db = databaseBeforeMigration('__new_awards');
    const client = db.$client;
    // Today's seed stores each person's sort name (migration 0020) and an editor's filing (0021): the
    // columns are lent to it, and taken back before the migrations run.
    client.exec(`alter table people add sort_name text not null default ''`);
    client.exec('alter table people add filed_under text');
    await seedDatabase(db);
    client.exec('alter table people drop column sort_name');
    client.exec('alter table people drop column filed_under');
    // The full-text index's own segments (search_index_data, _idx) are left out: later migrations write
    // documents again (0019), which FTS5 stores as new segments. Its documents are counted.
    const counts = () => {
      const { search_index_data: _data, search_index_idx: _idx, ...rest } = tableCounts(db);
      return rest;
    };
    const before = counts();
    const newest = client.prepare('select max(id) from films').pluck().get() as number;

    migrateDatabase(db);

    // Every row kept; the migrations after it add their bookkeeping and 0016 its installation id.
    expect(counts()).toEqual({
      ...before,
      __drizzle_migrations: readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length,
      settings: before.settings! + 1,
    });
    expect(client.pragma('foreign_key_check')).toEqual([]);
    expect(client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(client.pragma('foreign_keys', { simple: true })).toBe(1);
    const search = async (words: string) =>
      (await searchNames(db, parseSearchText(words))).films.hits.map((hit) => hit.title);
    expect(await search('lovers despot')).toEqual(['The Lovers and the Despot']);
    // The search triggers were made again: a new film is found, a renamed one by its new title.
    const added = ensureFilm(db, { title: 'Zzyzx Migration Test Film', year: 2020 }, 'test').film;
    expect(await search('zzyzx migration')).toEqual(['Zzyzx Migration Test Film']);
    client.prepare('update films set title = ? where id = ?').run('Qwxyz Renamed Test Film', added.id);
    expect(await search('qwxyz renamed')).toEqual(['Qwxyz Renamed Test Film']);
    // And the foreign keys hold again: a nomination of a film that does not exist is refused.
    expect(() =>
      client.prepare('insert into nomination_films (nomination_id, film_id) values (1, 999999999)').run(),
    ).toThrow(/FOREIGN KEY/);
    expect(added.id).toBeGreaterThan(newest);
    deleteUnusedRecord(db, { kind: 'film', id: added.id, actor: 'user:1' });
    expect(ensureFilm(db, { title: 'Later Test Film', year: 2021 }, 'test').film.id).toBeGreaterThan(added.id);
  });
});
