// The admin indexes find films and people by the folded start of a title, name or alias (a leading
// article may be left out), count their nominations and credits, page through results, and answer a prefix
// from the folded indexes rather than by scanning the table.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ADMIN_PAGE_SIZE, findFilmsForAdmin, findPeopleForAdmin } from '@/db/queries/admin-find';
import { addFilmAlias, ensureFilm } from '@/db/queries/films';
import { addCredit, addPersonAlias, ensurePerson } from '@/db/queries/people';
import { freshDatabase } from '@/tests/helpers/db';

describe('findFilmsForAdmin', () => {
  it('matches the folded start of a title or an alias, with or without a leading article', async () => {
    const { db } = freshDatabase();
    const { film: lovers } = ensureFilm(db, { title: 'The Lovers & the Despot', year: 2016 }, 'seed');
    const { film: oj } = ensureFilm(db, { title: 'O.J.: Made in America', year: 2016 }, 'seed');
    addFilmAlias(db, oj.id, 'OJ Made in America');
    ensureFilm(db, { title: 'Despot Days', year: 2001 }, 'seed');

    const titles = async (words: string) => (await findFilmsForAdmin(db, words)).rows.map((r) => r.title);
    expect(await titles('lovers AND the')).toEqual(['The Lovers & the Despot']);
    expect(await titles('THE LÓVERS')).toEqual(['The Lovers & the Despot']);
    expect(await titles('oj made')).toEqual(['O.J.: Made in America']);
    expect(await titles('despot')).toEqual(['Despot Days']);
    expect(await titles('zzz')).toEqual([]);
    expect((await findFilmsForAdmin(db, 'lovers')).rows[0]).toMatchObject({
      id: lovers.id,
      year: 2016,
      nominations: 0,
    });
  });

  it('pages through many matches and lists the newest first without words', async () => {
    const { db } = freshDatabase();
    for (let i = 0; i < ADMIN_PAGE_SIZE + 3; i++) ensureFilm(db, { title: `Film ${1000 + i}` }, 'seed');
    const first = await findFilmsForAdmin(db, 'film', 1);
    const second = await findFilmsForAdmin(db, 'film', 2);
    expect(first.rows).toHaveLength(ADMIN_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(second.rows.map((r) => r.title)).toEqual(['Film 1050', 'Film 1051', 'Film 1052']);
    expect(second.hasNext).toBe(false);
    expect((await findFilmsForAdmin(db, '')).rows[0]?.title).toBe('Film 1052');
  });

  it('answers a prefix through the folded indexes', () => {
    const { db } = freshDatabase();
    const plan = db
      .all<{ detail: string }>(
        sql`explain query plan select id from films where title_folded >= 'abc' and title_folded < 'abc\uffff'
            union select film_id from film_aliases where folded >= 'abc' and folded < 'abc\uffff'`,
      )
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX films_title_folded/);
    expect(plan).toMatch(/USING (COVERING )?INDEX film_aliases_folded/);
  });
});

describe('findPeopleForAdmin', () => {
  it('matches names and aliases and counts credits', async () => {
    const { db } = freshDatabase();
    const { person } = ensurePerson(db, { name: 'Ava DuVernay' }, 'seed');
    addPersonAlias(db, person.id, 'Ava Marie DuVernay');
    const { film } = ensureFilm(db, { title: '13th', year: 2016 }, 'seed');
    addCredit(db, film.id, person.id, 'director');
    const rows = (await findPeopleForAdmin(db, 'ava marie')).rows;
    expect(rows).toEqual([
      expect.objectContaining({ id: person.id, name: 'Ava DuVernay', credits: 1, nominations: 0 }),
    ]);
    expect((await findPeopleForAdmin(db, 'duvernay')).rows).toEqual([]);
  });
});
