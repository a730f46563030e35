// The A–Z lists on the seeded catalogue: a letter holds the records whose folded title or name starts
// with it (accents and case aside), "#" the rest, in folded order, a page at a time, with the right total.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSE_PAGE_SIZE,
  filmsPageQuery,
  listFilmsUnder,
  listPeopleUnder,
  peoplePageQuery,
} from '@/db/queries/browse';
import { ensureFilm } from '@/db/queries/films';
import { foldText } from '@/db/rules/text';
import { films } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';

const { db } = freshDatabase();
beforeAll(async () => {
  await seedDatabase(db);
  ensureFilm(db, { title: 'Élan Test Film', year: 2020 }, 'test');
});

describe('the A–Z lists', () => {
  it('put each film under the first letter of its folded title, in order, and the rest under #', async () => {
    const all = db.select({ titleFolded: films.titleFolded }).from(films).all();
    const under = (letter: string) =>
      all.filter((film) => (letter === '#' ? !/^[a-z]/.test(film.titleFolded) : film.titleFolded.startsWith(letter)));
    const t = await listFilmsUnder(db, 't', 1);
    expect(t.total).toBe(under('t').length);
    expect(t.rows.map((film) => film.title)).toContain('The Lovers and the Despot');
    const folded = t.rows.map((film) => foldText(film.title));
    expect(folded).toEqual([...folded].sort());
    expect((await listFilmsUnder(db, 'e', 1)).rows.map((film) => film.title)).toContain('Élan Test Film');
    const other = await listFilmsUnder(db, '#', 1);
    expect(other.rows.map((film) => film.title)).toContain('13th');
    expect(other.total).toBe(under('#').length);
  });

  it('pages through a letter a hundred at a time', async () => {
    const letter = 't';
    const { total } = await listFilmsUnder(db, letter, 1);
    expect(total).toBeGreaterThan(BROWSE_PAGE_SIZE);
    const second = await listFilmsUnder(db, letter, 2);
    expect(second.rows.length).toBe(Math.min(BROWSE_PAGE_SIZE, total - BROWSE_PAGE_SIZE));
    const last = Math.ceil(total / BROWSE_PAGE_SIZE);
    expect((await listFilmsUnder(db, letter, last + 1)).rows).toEqual([]);
  });

  it('lists people the same way', async () => {
    const e = await listPeopleUnder(db, 'e', 1);
    expect(e.rows.map((person) => person.name)).toContain('Ezra Edelman');
  });

  it('orders films of one title by year', async () => {
    ensureFilm(db, { title: 'Zyzzyva Test Film', year: 2001 }, 'test');
    ensureFilm(db, { title: 'Zyzzyva Test Film', year: 1999 }, 'test');
    const z = await listFilmsUnder(db, 'z', 1);
    const years = z.rows.filter((film) => film.title === 'Zyzzyva Test Film').map((film) => film.year);
    expect(years).toEqual([1999, 2001]);
  });

  it('reads a page, however deep, in list order from an index, without sorting the whole letter', () => {
    // With 100,000 films under one letter, a sort took a deep page from about 15 ms to over 200 ms.
    for (const query of [filmsPageQuery(db, 'b', 1000), peoplePageQuery(db, '#', 1000)]) {
      const { sql, params } = query.toSQL();
      const plan = db.$client
        .prepare(`explain query plan ${sql}`)
        .all(...params)
        .map((row) => (row as { detail: string }).detail)
        .join('\n');
      expect(plan).toMatch(/USING (COVERING )?INDEX (films_title_folded|people_name_folded)/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
