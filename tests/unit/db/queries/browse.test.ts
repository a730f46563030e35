// The A–Z lists on the seeded catalogue: a letter holds the records whose folded title (without a leading
// article) or name starts with it (accents and case aside), "#" the rest, in that order, a page at a time,
// with the right total.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSE_PAGE_SIZE,
  filmListPage,
  filmsPageQuery,
  browseFilms,
  browsePeople,
  peoplePageQuery,
  personListPage,
} from '@/db/queries/browse';
import { ensureFilm } from '@/db/queries/films';
import { sortName } from '@/db/rules/sort-name';
import { sortTitle } from '@/db/rules/sort-title';
import { foldText } from '@/db/rules/text';
import { parseSearchText } from '@/db/search';
import { films, people } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';

const { db } = freshDatabase();
beforeAll(async () => {
  await seedDatabase(db);
  ensureFilm(db, { title: 'Élan Test Film', year: 2020 }, 'test');
  // A title that is only an article, and a letter holding more than a page.
  ensureFilm(db, { title: 'The', year: 2020 }, 'test');
  for (let n = 1; n <= 150; n++) ensureFilm(db, { title: `Quokka Test Film ${n}`, year: 2020 }, 'test');
});

describe('the A–Z lists', () => {
  it('put each film under the first letter of its folded title after "The", "A" or "An", in order, and the rest under #', async () => {
    const all = db
      .select({ titleFolded: films.titleFolded })
      .from(films)
      .all()
      .map((film) => sortTitle(film.titleFolded));
    const under = (letter: string) =>
      all.filter((filed) => (letter === '#' ? !/^[a-z]/.test(filed) : filed.startsWith(letter)));
    const l = await browseFilms(db, { letter: 'l' }, 1);
    expect(l.total).toBe(under('l').length);
    expect(l.rows.map((film) => film.title)).toContain('The Lovers and the Despot');
    const filed = l.rows.map((film) => sortTitle(foldText(film.title)));
    expect(filed).toEqual([...filed].sort());
    // Not under T, where the article would have put it; a title that is only an article stays under its letter.
    const t = (await browseFilms(db, { letter: 't' }, 1)).rows.map((film) => film.title);
    expect(t).not.toContain('The Lovers and the Despot');
    expect(t).toContain('The');
    expect((await browseFilms(db, { letter: 'e' }, 1)).rows.map((film) => film.title)).toContain('Élan Test Film');
    const other = await browseFilms(db, { letter: '#' }, 1);
    expect(other.rows.map((film) => film.title)).toContain('13th');
    expect(other.total).toBe(under('#').length);
  });

  it('pages through a letter a hundred at a time', async () => {
    const letter = 'q';
    const { total } = await browseFilms(db, { letter: letter }, 1);
    expect(total).toBeGreaterThan(BROWSE_PAGE_SIZE);
    const second = await browseFilms(db, { letter: letter }, 2);
    expect(second.rows.length).toBe(Math.min(BROWSE_PAGE_SIZE, total - BROWSE_PAGE_SIZE));
    const last = Math.ceil(total / BROWSE_PAGE_SIZE);
    expect((await browseFilms(db, { letter: letter }, last + 1)).rows).toEqual([]);
  });

  it('lists a person under their surname, in surname order, and a company under its name', async () => {
    const e = await browsePeople(db, { letter: 'e' }, 1);
    expect(e.rows.map((person) => person.name)).toContain('Ezra Edelman');
    const p = (await browsePeople(db, { letter: 'p' }, 1)).rows;
    expect(p.map((person) => person.name)).toContain('Laura Poitras');
    expect((await browsePeople(db, { letter: 'l' }, 1)).rows.map((person) => person.name)).not.toContain(
      'Laura Poitras',
    );
    // A double-barrelled surname under its first part.
    expect((await browsePeople(db, { letter: 'o' }, 1)).rows.map((person) => person.name)).toContain(
      'Sharmeen Obaid-Chinoy',
    );
    const filed = p.map((person) => sortName(person.name, person.kind));
    expect(filed.every((name) => name.startsWith('p'))).toBe(true);
    expect(filed).toEqual([...filed].sort());
    const all = await db.select({ name: people.name, kind: people.kind }).from(people);
    const under = (letter: string) =>
      all.filter((person) => sortName(person.name, person.kind).startsWith(letter)).length;
    expect((await browsePeople(db, { letter: 'p' }, 1)).total).toBe(under('p'));
  });

  it('lists every film or person the words of a search find, A to Z, each word the start of a word', async () => {
    const matching = (q: string) => ({ q, text: { ...parseSearchText(q), match: parseSearchText(q).match! } });
    const war = await browseFilms(db, matching('war'), 1);
    const titles = war.rows.map((film) => film.title);
    expect(war.total).toBe(titles.length);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => /\bwar/i.test(foldText(title)))).toBe(true);
    const filed = titles.map((title) => sortTitle(foldText(title)));
    expect(filed).toEqual([...filed].sort());
    expect((await browseFilms(db, matching('despot lovers'), 1)).rows.map((film) => film.title)).toEqual([
      'The Lovers and the Despot',
    ]);
    expect((await browsePeople(db, matching('edelman'), 1)).rows.map((person) => person.name)).toContain(
      'Ezra Edelman',
    );
  });

  it('lists none and says so when the words match more records than a list holds', async () => {
    const war = { q: 'war', text: { ...parseSearchText('war'), match: parseSearchText('war').match! } };
    const { total } = await browseFilms(db, war, 1);
    expect(await browseFilms(db, war, 1, total - 1)).toEqual({ total, rows: [], tooMany: true });
    expect((await browseFilms(db, war, 1, total)).rows).toHaveLength(total);
  });

  it('knows the page of its letter that lists each record, for a record page’s link back to the list', async () => {
    for (const page of [1, 2]) {
      const shown = await browseFilms(db, { letter: 'q' }, page);
      for (const film of shown.rows) expect(filmListPage(db, film), film.title).toBe(page);
    }
    const p = await browsePeople(db, { letter: 'p' }, 1);
    for (const person of p.rows) expect(personListPage(db, person), person.name).toBe(1);
  });

  it('orders films of one title by year', async () => {
    ensureFilm(db, { title: 'Zyzzyva Test Film', year: 2001 }, 'test');
    ensureFilm(db, { title: 'Zyzzyva Test Film', year: 1999 }, 'test');
    const z = await browseFilms(db, { letter: 'z' }, 1);
    const years = z.rows.filter((film) => film.title === 'Zyzzyva Test Film').map((film) => film.year);
    expect(years).toEqual([1999, 2001]);
  });

  it('reads a page, however deep, in list order from an index, without sorting the whole letter', () => {
    // With 100,000 films under one letter, a sort took a deep page from about 15 ms to over 200 ms.
    for (const query of [
      filmsPageQuery(db, { letter: 'b' }, 1000),
      filmsPageQuery(db, { letter: '#' }, 1000),
      peoplePageQuery(db, { letter: '#' }, 1000),
      peoplePageQuery(db, { letter: 'p' }, 1000),
    ]) {
      const { sql, params } = query.toSQL();
      const plan = db.$client
        .prepare(`explain query plan ${sql}`)
        .all(...params)
        .map((row) => (row as { detail: string }).detail)
        .join('\n');
      expect(plan).toMatch(/USING (COVERING )?INDEX (films_sort_title|people_sort_name)/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
