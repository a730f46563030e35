// Creating a film by hand: a same-title film of the same year or one either side stops creation until the
// editor confirms (a remake may share a title), an id another film holds is refused naming it, and a
// created film has its slug, folded title and audit entry.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createFilm } from '@/db/queries/film-create';
import { FieldValidationError, type FilmChanges } from '@/db/queries/film-edits';
import { addFilmAlias, ensureFilm } from '@/db/queries/films';
import { auditLog, films } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

const blank: FilmChanges = {
  title: '',
  originalTitle: null,
  year: null,
  runtimeMinutes: null,
  countries: null,
  imdbId: null,
  wikidataId: null,
  tmdbId: null,
  isDocumentary: true,
};

describe('createFilm', () => {
  it('creates the film with a slug and folded title, audited as the editor', () => {
    const { db } = freshDatabase();
    const result = createFilm(db, {
      film: { ...blank, title: 'Río Abajo', year: 2021 },
      confirmDuplicate: false,
      actor: 'user:3',
    });
    if (!('created' in result)) throw new Error('expected a film');
    expect(result.created).toMatchObject({ slug: 'rio-abajo-2021', titleFolded: 'rio abajo', version: 1 });
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'film.create')).all();
    expect(audit).toEqual([expect.objectContaining({ actor: 'user:3', entityId: result.created.id })]);
  });

  it('shows a film with the same folded title or alias and year instead of creating, until confirmed', () => {
    const { db } = freshDatabase();
    const { film } = ensureFilm(db, { title: 'The Lovers & the Despot', year: 2016 }, 'seed');
    addFilmAlias(db, film.id, 'Los Amantes');
    const count = () => db.select().from(films).all().length;
    const attempt = (title: string, year: number, confirmDuplicate = false) =>
      createFilm(db, { film: { ...blank, title, year }, confirmDuplicate, actor: 'user:3' });

    expect(attempt('the lovers and the despot', 2016)).toEqual({
      sameTitle: [{ id: film.id, slug: film.slug, title: film.title, year: 2016 }],
    });
    expect(attempt('LOS AMANTES', 2016)).toMatchObject({ sameTitle: [{ id: film.id }] });
    // A premiere and a release often give one film years a year apart.
    expect(attempt('The Lovers and the Despot', 2015)).toMatchObject({ sameTitle: [{ id: film.id }] });
    expect(attempt('The Lovers and the Despot', 2017)).toMatchObject({ sameTitle: [{ id: film.id }] });
    expect(count()).toBe(1);
    expect(attempt('The Lovers and the Despot', 1990)).toHaveProperty('created');
    const confirmed = attempt('The Lovers and the Despot', 2016, true);
    expect(confirmed).toHaveProperty('created.slug', 'the-lovers-and-the-despot-2016-2');
    expect(count()).toBe(3);
  });

  it('refuses an IMDb id another film holds, naming it, and writes nothing', () => {
    const { db } = freshDatabase();
    ensureFilm(db, { title: '13th', year: 2016, imdbId: 'tt5895028' }, 'seed');
    const attempt = () =>
      createFilm(db, {
        film: { ...blank, title: 'Other', imdbId: 'tt5895028' },
        confirmDuplicate: false,
        actor: 'user:3',
      });
    expect(attempt).toThrow(FieldValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as FieldValidationError).fieldErrors.imdbId?.[0]).toContain('“13th” (2016)');
    }
    expect(db.select().from(films).all()).toHaveLength(1);
  });
});
