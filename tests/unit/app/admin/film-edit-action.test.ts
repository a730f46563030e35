// The film edit Server Actions as the edit page calls them: a bad IMDb id comes back beside its field with
// what was typed, a stale save is merged with what was saved meanwhile (given the values the form opened
// with) or comes back as a conflict naming each field that differs, and a good save is written with the
// signed-in editor as actor. The request and next/cache are stand-ins; the database, the session code and
// the guards are real.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addFilmAliasAction, updateFilmAction } from '@/app/admin/films/[film]/actions';
import { ensureFilm } from '@/db/queries/films';
import { auditLog, films } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  const { film } = ensureFilm(db, { title: '13th', year: 2016, imdbId: 'tt5895028', isDocumentary: true }, 'seed');
  const editor = signInAs(db, 'editor');
  const form = (fields: Record<string, string | number>) => {
    const data = new FormData();
    // As the page's form sends it: every field, blank where nothing is known.
    const blank = { originalTitle: '', runtimeMinutes: '', countries: '', wikidataId: '', tmdbId: '' };
    const base = { filmId: film.id, expectedVersion: 1, title: '13th', year: 2016, imdbId: 'tt5895028', ...blank };
    for (const [key, value] of Object.entries({ ...base, isDocumentary: 'on', ...fields })) {
      data.set(key, String(value));
    }
    return data;
  };
  return { db, film, editor, form };
}

describe('updateFilmAction', () => {
  beforeEach(() => revalidatePath.mockClear());

  it('saves as the signed-in editor and refreshes the edit page', async () => {
    const { db, film, editor, form } = setup();
    const result = await updateFilmAction(null, form({ runtimeMinutes: '100', countries: 'us' }));

    expect(result).toEqual({ ok: true, message: 'Saved: runtime (minutes), countries.' });
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({
      runtimeMinutes: 100,
      countries: 'US',
      version: 2,
    });
    expect(db.select().from(auditLog).all().at(-1)).toMatchObject({
      actor: `user:${editor.id}`,
      action: 'film.update',
    });
    expect(revalidatePath).toHaveBeenCalledWith('/admin/films/[film]', 'page');
  });

  it('answers a malformed IMDb id beside its field, keeping what was typed, and writes nothing', async () => {
    const { db, film, form } = setup();
    const result = await updateFilmAction(null, form({ imdbId: 'nm123', title: 'Thirteenth' }));

    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { imdbId: ['An IMDb id is “tt” and 7 to 10 digits: tt5278868.'] },
      values: { imdbId: 'nm123', title: 'Thirteenth' },
    });
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({ title: '13th', version: 1 });
  });

  it('answers a stale save with what the other editor changed, their value against yours', async () => {
    const { db, film, form } = setup();
    await updateFilmAction(null, form({ title: '13TH' }));
    const result = await updateFilmAction(null, form({ runtimeMinutes: '100' }));

    expect(result).toEqual({
      ok: false,
      message:
        'Someone else saved “13TH” (2016) since you opened it, so nothing was saved. ' +
        'Title: saved now “13TH”, yours “13th”; Runtime (minutes): saved now (blank), yours “100”. ' +
        'Save again to keep your values, or reload the page to start from theirs.',
      fieldErrors: {
        title: ['Saved now: “13TH”.'],
        runtimeMinutes: ['Saved now: (blank).'],
      },
      values: expect.objectContaining({ expectedVersion: '2', runtimeMinutes: '100', isDocumentary: 'on' }),
    });
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({
      title: '13TH',
      runtimeMinutes: null,
      version: 2,
    });
  });
});

describe('updateFilmAction with the values the form opened with', () => {
  const opened = JSON.stringify({
    title: '13th',
    originalTitle: '',
    year: '2016',
    runtimeMinutes: '',
    countries: '',
    imdbId: 'tt5895028',
    wikidataId: '',
    tmdbId: '',
    isDocumentary: 'on',
  });

  it('merges a save made on an older version: the other editor’s change stays, this one is added', async () => {
    const { db, film, form } = setup();
    await updateFilmAction(null, form({ title: '13TH', opened }));
    const result = await updateFilmAction(null, form({ runtimeMinutes: '100', opened }));

    expect(result).toEqual({ ok: true, message: 'Saved: runtime (minutes).' });
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({
      title: '13TH',
      runtimeMinutes: 100,
      version: 3,
    });
  });

  it('refuses only the field both changed, and starts the form again from what is saved now', async () => {
    const { db, film, form } = setup();
    await updateFilmAction(null, form({ title: '13TH', countries: 'GB', opened }));
    const result = await updateFilmAction(null, form({ title: 'Thirteenth', runtimeMinutes: '100', opened }));

    expect(result).toMatchObject({
      ok: false,
      message:
        'Someone else saved “13TH” (2016) since you opened it, so nothing was saved. ' +
        'Title: saved now “13TH”, yours “Thirteenth”. ' +
        'Save again to keep your values, or reload the page to start from theirs.',
      fieldErrors: { title: ['Saved now: “13TH”.'] },
      // This editor's changes as typed; the field only the other editor changed as they saved it.
      values: { expectedVersion: '2', title: 'Thirteenth', runtimeMinutes: '100', countries: 'GB' },
    });
    const values = (result as { values: Record<string, string> }).values;
    expect(JSON.parse(values.opened!)).toMatchObject({ title: '13TH', runtimeMinutes: '', countries: 'GB' });
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({ title: '13TH', version: 2 });

    // Saving again from there, knowing the difference, keeps this editor's title and runtime, and the
    // other editor's countries.
    const again = await updateFilmAction(null, form(values));
    expect(again).toEqual({ ok: true, message: 'Saved: title, runtime (minutes).' });
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({
      title: 'Thirteenth',
      runtimeMinutes: 100,
      countries: 'GB',
    });
  });

  it('keeps the values it opened with through a refused field, so the corrected save still merges', async () => {
    const { db, film, form } = setup();
    ensureFilm(db, { title: 'Weiner', year: 2016, imdbId: 'tt4733536' }, 'seed');
    await updateFilmAction(null, form({ title: '13TH', opened }));
    const refused = await updateFilmAction(null, form({ imdbId: 'tt4733536', runtimeMinutes: '100', opened }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { imdbId: [expect.stringContaining('Weiner')] } });
    const values = (refused as { values: Record<string, string> }).values;
    expect(values).toMatchObject({ expectedVersion: '1', opened });

    const corrected = await updateFilmAction(null, form({ ...values, imdbId: 'tt5895028' }));
    expect(corrected).toEqual({ ok: true, message: 'Saved: runtime (minutes).' });
    expect(db.select().from(films).where(eq(films.id, film.id)).get()).toMatchObject({
      title: '13TH',
      runtimeMinutes: 100,
    });
  });

  it('treats an unreadable opened field as none: any difference on an older version is refused', async () => {
    const { form } = setup();
    await updateFilmAction(null, form({ title: '13TH', opened }));
    const result = await updateFilmAction(null, form({ runtimeMinutes: '100', opened: '{"title":' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { title: ['Saved now: “13TH”.'], runtimeMinutes: expect.any(Array) },
    });
  });
});

describe('addFilmAliasAction', () => {
  it('refuses an alias the film already has, beside the field', async () => {
    const { film } = setup();
    const data = new FormData();
    data.set('filmId', String(film.id));
    data.set('alias', 'Thirteenth');
    expect(await addFilmAliasAction(null, data)).toEqual({ ok: true, message: 'Alias “Thirteenth” added.' });
    expect(await addFilmAliasAction(null, data)).toMatchObject({
      ok: false,
      fieldErrors: { alias: ['“13th” (2016) is already known as “Thirteenth”.'] },
    });
  });
});
