// Migration 0011 on a database written before it: what the old foldText stored with ø, ð, æ… is folded
// again (titles, names, aliases, nominee keys), records are found and searched by the spelled-out
// letters, an alias that now equals another of its record is left as it was, and the index stays sound.
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/db/migrate';
import { databaseBeforeMigration } from '@/tests/helpers/db';
import { findPerson } from '@/db/queries/people';
import { findFilm } from '@/db/queries/films';
import { parseSearchText, searchNames } from '@/db/search';

const databaseBeforeFoldLetters = () => databaseBeforeMigration("'ø', 'o'");

describe('migration 0011 (fold letters without marks)', () => {
  it('folds what was stored again, so the record is found and searched by the spelled-out letters', async () => {
    const db = databaseBeforeFoldLetters();
    const client = db.$client;
    // As the old foldText wrote them: marks dropped, ø and ð kept.
    client.exec(`
      insert into people (id, slug, name, name_folded) values
        (1, 'anders-østergaard', 'Anders Østergaard', 'anders østergaard'),
        (2, 'hildur-guðnadottir', 'Hildur Guðnadóttir', 'hildur guðnadottir');
      insert into person_aliases (person_id, alias, folded) values
        (2, 'Hildur Gudnadottir', 'hildur gudnadottir'),
        (2, 'Hildur Guðnadóttir Sr', 'hildur guðnadottir sr'),
        (2, 'Hildur Guðnadottir', 'hildur guðnadottir');
      insert into films (id, slug, title, title_folded, year) values (1, 'burma-vj-2008', 'Burma VJ: Reporter i et lukket land', 'burma vj reporter i et lukket land', 2008),
        (2, 'kæmpe-2019', 'Kæmpe', 'kæmpe', 2019);
      insert into awards (id, slug, name, kind) values (1, 'robert', 'Robert', 'ceremony');
      insert into editions (id, award_id, slug, name, year) values (1, 1, '2019', 'Robert 2019', 2019);
      insert into categories (id, edition_id, slug, name) values (1, 1, 'honorary', 'Honorary');
      insert into nominations (id, category_id, nominee_key, status) values (1, 1, 'n:lise lense møller', 'won');
    `);

    migrateDatabase(db);

    expect(client.prepare('select name_folded from people order by id').pluck().all()).toEqual([
      'anders ostergaard',
      'hildur gudnadottir',
    ]);
    expect(findPerson(db, { name: 'Anders Ostergaard' })?.id).toBe(1);
    expect(findPerson(db, { name: 'ANDERS ØSTERGAARD' })?.id).toBe(1);
    expect(findFilm(db, { title: 'Kaempe', year: 2019 })?.id).toBe(2);
    // "hildur guðnadottir" now equals the first alias's folded form: that one already matches it.
    expect(client.prepare('select folded from person_aliases where person_id = 2 order by id').pluck().all()).toEqual([
      'hildur gudnadottir',
      'hildur gudnadottir sr',
      'hildur guðnadottir',
    ]);
    expect(client.prepare('select nominee_key from nominations').pluck().get()).toBe('n:lise lense moller');

    // (Hildur Guðnadóttir has "Hildur Gudnadottir" as an alias, so she would be found without the fold.)
    for (const [words, name] of [
      ['ostergaard', 'Anders Østergaard'],
      ['østergaard', 'Anders Østergaard'],
    ] as const) {
      const found = await searchNames(db, parseSearchText(words));
      expect(found.people.hits.map((hit) => hit.name)).toContain(name);
    }
    expect((await searchNames(db, parseSearchText('kaempe'))).films.hits.map((hit) => hit.title)).toEqual(['Kæmpe']);
    expect(client.pragma('integrity_check', { simple: true })).toBe('ok');
    client.prepare("insert into search_index (search_index) values ('integrity-check')").run();
    client.close();
  });
});
