// Editing a film's details and aliases: a save bumps the version and keeps the folded title and the search
// index in step, with the changed fields in the audit log; a stale save or an id owned by another film is
// refused with the details the form shows, and nothing is written.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addAlias, FILM_ALIASES, removeAlias } from '@/db/queries/alias-edits';
import { ConflictError, FieldValidationError, updateFilm, type FilmChanges } from '@/db/queries/film-edits';
import { ensureFilm } from '@/db/queries/films';
import { auditLog, filmAliases, films, type Film } from '@/db/schema';
import { parseSearchText, searchNames } from '@/db/search';
import { freshDatabase } from '@/tests/helpers/db';

const EDITOR = 'user:7';

function setup() {
  const { db } = freshDatabase();
  const { film } = ensureFilm(db, { title: 'The Lovers & the Despot', year: 2016, isDocumentary: true }, 'seed');
  const { film: other } = ensureFilm(db, { title: '13th', year: 2016, imdbId: 'tt5895028' }, 'seed');
  return { db, film, other };
}

function changesOf(film: Film, patch: Partial<FilmChanges> = {}): FilmChanges {
  const { title, originalTitle, year, runtimeMinutes, countries, imdbId, wikidataId, tmdbId, isDocumentary } = film;
  return { title, originalTitle, year, runtimeMinutes, countries, imdbId, wikidataId, tmdbId, isDocumentary, ...patch };
}

const auditOf = (db: ReturnType<typeof setup>['db'], action: string) =>
  db.select().from(auditLog).where(eq(auditLog.action, action)).all();

describe('updateFilm', () => {
  it('saves the changed fields, bumps the version, keeps title_folded, slug and search in step, and audits', async () => {
    const { db, film } = setup();
    const changes = changesOf(film, { title: 'Los Amantes y el Déspota', runtimeMinutes: 98, countries: 'GB' });
    const { film: saved, changed } = updateFilm(db, { filmId: film.id, expectedVersion: 1, changes, actor: EDITOR });

    expect(changed).toEqual(['title', 'runtimeMinutes', 'countries']);
    expect(saved).toMatchObject({ version: 2, titleFolded: 'los amantes y el despota', slug: film.slug });
    const hits = await searchNames(db, parseSearchText('amantes despota'));
    expect(hits.films.hits.map((hit) => hit.id)).toEqual([film.id]);
    expect((await searchNames(db, parseSearchText('lovers despot'))).films.hits).toEqual([]);
    expect(auditOf(db, 'film.update').at(-1)).toMatchObject({
      actor: EDITOR,
      entityType: 'film',
      entityId: film.id,
      before: { title: 'The Lovers & the Despot', runtimeMinutes: null, countries: null },
      after: { title: 'Los Amantes y el Déspota', runtimeMinutes: 98, countries: 'GB' },
    });
  });

  it('refuses a stale save, naming what differs, and writes nothing', () => {
    const { db, film } = setup();
    updateFilm(db, { filmId: film.id, expectedVersion: 1, changes: changesOf(film, { year: 2017 }), actor: 'user:1' });
    const audits = db.select().from(auditLog).all().length;

    const stale = () =>
      updateFilm(db, {
        filmId: film.id,
        expectedVersion: 1,
        changes: changesOf(film, { runtimeMinutes: 95 }),
        actor: EDITOR,
      });
    expect(stale).toThrow(ConflictError);
    try {
      stale();
    } catch (error) {
      expect((error as ConflictError).currentVersion).toBe(2);
      expect((error as ConflictError).changes).toEqual([
        { field: 'year', theirs: 2017, yours: 2016 },
        { field: 'runtimeMinutes', theirs: null, yours: 95 },
      ]);
    }
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({
      version: 2,
      year: 2017,
      runtimeMinutes: null,
    });
    expect(db.select().from(auditLog).all()).toHaveLength(audits);
  });

  describe('a save made on an older version, with the values the form opened with', () => {
    it('keeps what the other editor changed and writes only the fields this editor changed', () => {
      const { db, film } = setup();
      updateFilm(db, {
        filmId: film.id,
        expectedVersion: 1,
        changes: changesOf(film, { runtimeMinutes: 98 }),
        actor: 'user:1',
      });
      const { film: saved, changed } = updateFilm(db, {
        filmId: film.id,
        expectedVersion: 1,
        opened: changesOf(film),
        changes: changesOf(film, { title: 'The Lovers and the Despot', countries: 'GB,US' }),
        actor: EDITOR,
      });
      expect(changed).toEqual(['title', 'countries']);
      expect(saved).toMatchObject({
        version: 3,
        title: 'The Lovers and the Despot',
        countries: 'GB,US',
        runtimeMinutes: 98,
      });
      expect(auditOf(db, 'film.update').at(-1)).toMatchObject({
        actor: EDITOR,
        before: { title: 'The Lovers & the Despot', countries: null },
        after: { title: 'The Lovers and the Despot', countries: 'GB,US' },
      });
    });

    it('is refused only for a field both changed, naming just that one, with the values saved now', () => {
      const { db, film } = setup();
      updateFilm(db, {
        filmId: film.id,
        expectedVersion: 1,
        changes: changesOf(film, { runtimeMinutes: 98, year: 2017 }),
        actor: 'user:1',
      });
      const save = () =>
        updateFilm(db, {
          filmId: film.id,
          expectedVersion: 1,
          opened: changesOf(film),
          changes: changesOf(film, { title: 'The Lovers and the Despot', runtimeMinutes: 95 }),
          actor: EDITOR,
        });
      expect(save).toThrow(ConflictError);
      try {
        save();
      } catch (error) {
        const conflict = error as ConflictError;
        expect(conflict.changes).toEqual([{ field: 'runtimeMinutes', theirs: 98, yours: 95 }]);
        expect(conflict.saved).toMatchObject({ title: 'The Lovers & the Despot', year: 2017, runtimeMinutes: 98 });
      }
      expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({
        version: 2,
        title: 'The Lovers & the Despot',
        runtimeMinutes: 98,
      });
    });
  });

  it('refuses an IMDb id another film has, naming that film, and writes nothing', () => {
    const { db, film } = setup();
    const save = () =>
      updateFilm(db, {
        filmId: film.id,
        expectedVersion: 1,
        changes: changesOf(film, { imdbId: 'tt5895028', year: 2015 }),
        actor: EDITOR,
      });
    expect(save).toThrow(FieldValidationError);
    try {
      save();
    } catch (error) {
      expect((error as FieldValidationError).fieldErrors).toEqual({
        imdbId: ['IMDb id tt5895028 already belongs to “13th” (2016).'],
      });
    }
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({ version: 1, year: 2016 });
    expect(auditOf(db, 'film.update')).toEqual([]);
  });

  it('writes nothing when nothing differs', () => {
    const { db, film } = setup();
    const result = updateFilm(db, { filmId: film.id, expectedVersion: 1, changes: changesOf(film), actor: EDITOR });
    expect(result).toMatchObject({ changed: [], film: { version: 1 } });
    expect(auditOf(db, 'film.update')).toEqual([]);
  });
});

describe('film aliases', () => {
  it('adds an alias (found by search) and removes it, auditing both', async () => {
    const { db, film } = setup();
    const row = addAlias(db, FILM_ALIASES, { ownerId: film.id, alias: 'Les Amants et le Despote', actor: EDITOR });
    expect((await searchNames(db, parseSearchText('amants despote'))).films.hits.map((h) => h.id)).toEqual([film.id]);

    removeAlias(db, FILM_ALIASES, { ownerId: film.id, aliasId: row.id, actor: EDITOR });
    expect(db.select().from(filmAliases).where(eq(filmAliases.filmId, film.id)).all()).toEqual([]);
    expect((await searchNames(db, parseSearchText('amants despote'))).films.hits).toEqual([]);
    expect(auditOf(db, 'film.alias.add')).toMatchObject([
      { actor: EDITOR, entityId: film.id, after: { alias: 'Les Amants et le Despote' } },
    ]);
    expect(auditOf(db, 'film.alias.remove')).toMatchObject([
      { actor: EDITOR, entityId: film.id, before: { alias: 'Les Amants et le Despote' } },
    ]);
  });

  it('refuses the title again or an alias already removed', () => {
    const { db, film } = setup();
    expect(() =>
      addAlias(db, FILM_ALIASES, { ownerId: film.id, alias: 'the lovers and the despot', actor: EDITOR }),
    ).toThrow(/already known as/);
    expect(() => removeAlias(db, FILM_ALIASES, { ownerId: film.id, aliasId: 999, actor: EDITOR })).toThrow(
      /already removed/,
    );
    expect(auditOf(db, 'film.alias.add')).toEqual([]);
  });
});
