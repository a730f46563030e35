// Migration 0012 on a database written before it: a title or name with apostrophes or periods is found
// by the words a reader types joined ("joes violin", "et", "obrien"), as a new record is, and the split
// words still find it; other documents are left as they were.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { databaseBeforeMigration, freshDatabase } from '@/tests/helpers/db';
import { ensureFilm } from '@/db/queries/films';
import { parseSearchText, searchNames } from '@/db/search';

const databaseBeforeJoinedWords = () => databaseBeforeMigration("'’', ''");

const titles = async (db: Db, text: string) =>
  (await searchNames(db, parseSearchText(text))).films.hits.map((film) => film.title);
const names = async (db: Db, text: string) =>
  (await searchNames(db, parseSearchText(text))).people.hits.map((person) => person.name);

describe('migration 0012 (joined words in search documents)', () => {
  it('lets the words a reader types joined find what was indexed before', async () => {
    const db = databaseBeforeJoinedWords();
    db.$client.exec(`
      insert into films (id, slug, title, title_folded, year) values
        (1, 'joes-violin-2016', 'Joe''s Violin', 'joes violin', 2016),
        (2, 'et-1982', 'E.T. the Extra-Terrestrial', 'e t the extra terrestrial', 1982),
        (3, 'weiner-2016', 'Weiner', 'weiner', 2016);
      insert into people (id, slug, name, name_folded) values (1, 'conan-obrien', 'Conan O’Brien', 'conan obrien'),
        (2, 'dara-obriain', 'Dara Ó Briain‘s', 'dara o briains');
    `);
    // Before: only the whole folded title found it (the exact-title lookup); its words did not.
    expect(await titles(db, 'violin joes')).toEqual([]);

    migrateDatabase(db);

    expect(await titles(db, 'violin joes')).toEqual(['Joe\u0027s Violin']);
    expect(await titles(db, "joe's violin")).toEqual(['Joe\u0027s Violin']);
    expect(await titles(db, 'et the extra terrestrial')).toEqual(['E.T. the Extra-Terrestrial']);
    expect(await titles(db, 'e.t.')).toEqual(['E.T. the Extra-Terrestrial']);
    expect(await names(db, 'obrien')).toEqual(['Conan O’Brien']);
    expect(await names(db, 'briains')).toEqual(['Dara Ó Briain‘s']);
    expect(await titles(db, 'weiner')).toEqual(['Weiner']);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    // FTS5's own check throws when the index and its documents disagree.
    db.$client.prepare("insert into search_index (search_index) values ('integrity-check')").run();
  });

  it('indexes a new record the same way', async () => {
    const { db } = freshDatabase();
    ensureFilm(db, { title: 'Don’t Look Up', year: 2021 }, 'test');
    expect(await titles(db, 'dont look up')).toEqual(['Don’t Look Up']);
  });
});
