// Editing a nomination on a fresh database: the wording is saved with its audit entry, a stale save is
// refused with what is saved now and writes nothing, films and people are added and removed with the
// nominee key recomputed, a clash with another nominee is refused naming it, and a status change made
// with a source URL reuses the source and goes through changeStatus (a refused one leaves no source).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureFilm } from '@/db/queries/films';
import {
  ConflictError,
  updateNominationDetails,
  updateNominationMembers,
  listNominationEvents,
} from '@/db/queries/nomination-edits';
import { lookUpFilm } from '@/db/queries/nomination-member-lookup';
import { changeStatusFromEditor } from '@/db/queries/nomination-status-edit';
import { StatusChangeError } from '@/db/queries/nominations';
import { nomineeKey } from '@/db/rules/nominee-key';
import { auditLog, categories, editions, nominationFilms, nominations, sources } from '@/db/schema';
import type { Db } from '@/db/client';
import { freshDatabase } from '../../../helpers/db';
import { seedVideoSourceCategory } from '../../../helpers/video-source-category';

const details = { displayName: null, detail: null, note: null, citation: null, position: 1 };

function setup() {
  const { db } = freshDatabase();
  return { db, ...seedVideoSourceCategory(db) };
}
const row = (db: Db, id: number) => db.select().from(nominations).where(eq(nominations.id, id)).get()!;

describe('updateNominationDetails', () => {
  it('saves the changed fields, bumps the version and records the audit entry', () => {
    const { db, thirteenth } = setup();
    const result = updateNominationDetails(db, {
      nominationId: thirteenth.id,
      expectedVersion: thirteenth.version,
      changes: { ...details, citation: 'For a searing look at mass incarceration.' },
      actor: 'user:4',
    });
    expect(result.changed).toEqual(['citation']);
    expect(row(db, thirteenth.id)).toMatchObject({ citation: 'For a searing look at mass incarceration.', version: 2 });
    expect(db.select().from(auditLog).all().at(-1)).toMatchObject({
      actor: 'user:4',
      action: 'nomination.update',
      before: { citation: null },
      after: { citation: 'For a searing look at mass incarceration.' },
    });
  });

  it('refuses a stale save with theirs against yours, writing nothing', () => {
    const { db, thirteenth } = setup();
    const save = (note: string) =>
      updateNominationDetails(db, {
        nominationId: thirteenth.id,
        expectedVersion: 1,
        changes: { ...details, note },
        actor: 'user:4',
      });
    save('First editor’s note.');
    let error: unknown;
    try {
      save('Second editor’s note.');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).changes).toEqual([
      { field: 'note', theirs: 'First editor’s note.', yours: 'Second editor’s note.' },
    ]);
    expect(row(db, thirteenth.id)).toMatchObject({ note: 'First editor’s note.', version: 2 });
  });
});

describe('updateNominationMembers', () => {
  it('adds a film found by title and year, recomputing the nominee key', () => {
    const { db, thirteenth } = setup();
    const { film } = ensureFilm(db, { title: 'Home', year: 2009 }, 'test');
    ensureFilm(db, { title: 'Home', year: 1990 }, 'test');
    expect(() => lookUpFilm(db, 'Home')).toThrow(/Several films are called “Home”/);
    const id = lookUpFilm(db, 'home (2009)');
    const added = updateNominationMembers(db, {
      nominationId: thirteenth.id,
      expectedVersion: 1,
      kind: 'films',
      change: (ids) => [...ids, id],
      actor: 'user:4',
    });
    const saved = row(db, thirteenth.id);
    const filmIds = db
      .select()
      .from(nominationFilms)
      .where(eq(nominationFilms.nominationId, thirteenth.id))
      .all()
      .map((r) => r.filmId);
    expect(filmIds).toContain(film.id);
    expect(saved.nomineeKey).toBe(nomineeKey({ filmIds, personIds: [] }));
    expect(db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, thirteenth.id)).all()).toHaveLength(
      2,
    );
    // No other nomination of the category names Home.
    expect(added.alsoNamedBy).toBe(0);
  });

  it('counts the other nominations of the category that name a film just added', () => {
    const { db, thirteenth, lovers } = setup();
    const loversFilm = db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, lovers.id)).get()!
      .filmId;
    const added = updateNominationMembers(db, {
      nominationId: thirteenth.id,
      expectedVersion: 1,
      kind: 'films',
      change: (ids) => [...ids, loversFilm],
      actor: 'user:4',
    });
    expect(added).toMatchObject({ changed: true, alsoNamedBy: 1 });
  });

  it('refuses a change that would make it the same nominee as another, naming that one', () => {
    const { db, thirteenth, lovers } = setup();
    const loversFilm = db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, lovers.id)).get()!
      .filmId;
    expect(() =>
      updateNominationMembers(db, {
        nominationId: thirteenth.id,
        expectedVersion: 1,
        kind: 'films',
        change: () => [loversFilm],
        actor: 'user:4',
      }),
    ).toThrow(/already “The Lovers and the Despot” \(nomination \d+\)/);
    expect(row(db, thirteenth.id).version).toBe(1);
  });
});

describe('updateNominationMembers, changing nothing or too late', () => {
  it('writes nothing when the film is already on the nomination: no version, no audit entry', () => {
    const { db, thirteenth } = setup();
    const filmId = db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, thirteenth.id)).get()!
      .filmId;
    const audited = db.select().from(auditLog).all().length;
    const result = updateNominationMembers(db, {
      nominationId: thirteenth.id,
      expectedVersion: 1,
      kind: 'films',
      change: (ids) => (ids.includes(filmId) ? ids : [...ids, filmId]),
      actor: 'user:4',
    });
    expect(result.changed).toBe(false);
    expect(row(db, thirteenth.id).version).toBe(1);
    expect(db.select().from(auditLog).all()).toHaveLength(audited);
  });

  it('names the films saved now and yours when someone else saved first', () => {
    const { db, thirteenth } = setup();
    const { film } = ensureFilm(db, { title: 'Home', year: 2009 }, 'test');
    const stale = () =>
      updateNominationMembers(db, {
        nominationId: thirteenth.id,
        expectedVersion: 1,
        kind: 'films',
        change: () => [film.id],
        actor: 'user:4',
      });
    db.update(nominations).set({ version: 2 }).where(eq(nominations.id, thirteenth.id)).run();
    try {
      stale();
      expect.unreachable('a stale save is refused');
    } catch (error) {
      expect((error as ConflictError<string>).changes).toEqual([
        { field: 'films', theirs: ['13th (2016)'], yours: ['Home (2009)'] },
      ]);
    }
  });
});

describe('changeStatusFromEditor', () => {
  it('reuses a known source, records the event with the date, and lists it in the history', async () => {
    const { db, thirteenth } = setup();
    const url = 'https://example.org/ida-winners';
    db.insert(sources).values({ kind: 'article', url }).run();
    changeStatusFromEditor(db, {
      nominationId: thirteenth.id,
      expectedVersion: 1,
      to: 'won',
      occurredOn: '2016-12-09',
      note: null,
      source: { url, title: null, publisher: null },
      actor: 'user:4',
    });
    expect(db.select().from(sources).where(eq(sources.url, url)).all()).toHaveLength(1);
    const events = await listNominationEvents(db, thirteenth.id);
    expect(events.at(-1)).toMatchObject({
      toStatus: 'won',
      occurredOn: '2016-12-09',
      actor: 'user:4',
      source: { url },
    });
  });

  it('gives the rule’s message for a refused change and leaves no new source behind', () => {
    const { db, thirteenth } = setup();
    const url = 'https://example.org/never-kept';
    expect(() =>
      changeStatusFromEditor(db, {
        nominationId: thirteenth.id,
        expectedVersion: 1,
        to: 'submitted',
        occurredOn: null,
        note: null,
        source: { url, title: null, publisher: null },
        actor: 'user:4',
      }),
    ).toThrow(StatusChangeError);
    expect(db.select().from(sources).where(eq(sources.url, url)).all()).toEqual([]);
  });

  it('refuses a result dated before its edition announced the nominations, or a shortlisting before the shortlist', () => {
    const { db, thirteenth, edition } = setup();
    db.update(editions)
      .set({ shortlistDate: '2016-10-20', nominationsDate: '2016-10-26' })
      .where(eq(editions.id, edition.id))
      .run();
    const edit = { nominationId: thirteenth.id, note: 'Entered by hand.', source: null, actor: 'user:4' };
    expect(() =>
      changeStatusFromEditor(db, { ...edit, expectedVersion: 1, to: 'won', occurredOn: '2016-09-01' }),
    ).toThrow(
      'The 2016 IDA Documentary Awards announced the nominations on 2016-10-26, so a change to won cannot be ' +
        "dated 2016-09-01, before that. Check the date, or the edition's dates.",
    );
    expect(row(db, thirteenth.id)).toMatchObject({ status: 'nominated', version: 1 });
    // The day itself, or later, is fine.
    changeStatusFromEditor(db, { ...edit, expectedVersion: 1, to: 'won', occurredOn: '2016-10-26' });
    expect(row(db, thirteenth.id).status).toBe('won');
  });

  it('refuses a change dated more than a year before the awards year of an edition without announcement dates', () => {
    const { db, thirteenth } = setup();
    const edit = { nominationId: thirteenth.id, note: 'Entered by hand.', source: null, actor: 'user:4' };
    expect(() =>
      changeStatusFromEditor(db, { ...edit, expectedVersion: 1, to: 'won', occurredOn: '1999-01-01' }),
    ).toThrow(
      'The 2016 IDA Documentary Awards is of the awards year 2016, so a change to won cannot be dated 1999-01-01, ' +
        "more than a year before it. Check the date, or the edition's year.",
    );
    expect(row(db, thirteenth.id)).toMatchObject({ status: 'nominated', version: 1 });
    // The year before is fine: a selection is often announced in the autumn before.
    changeStatusFromEditor(db, { ...edit, expectedVersion: 1, to: 'won', occurredOn: '2015-01-01' });
    expect(row(db, thirteenth.id).status).toBe('won');
  });

  it('refuses a date before the latest dated change, and takes the change undated', () => {
    const { db, thirteenth } = setup();
    const edit = { nominationId: thirteenth.id, note: 'Entered by hand.', source: null, actor: 'user:4' };
    changeStatusFromEditor(db, { ...edit, expectedVersion: 1, to: 'won', occurredOn: '2016-12-09' });

    expect(() =>
      changeStatusFromEditor(db, { ...edit, expectedVersion: 2, to: 'lost', occurredOn: '2016-11-01' }),
    ).toThrow(
      'This nomination was already won on 2016-12-09, so a change cannot be dated 2016-11-01, before it. ' +
        'Check the date, or leave it empty if it is not known.',
    );
    expect(row(db, thirteenth.id)).toMatchObject({ status: 'won', version: 2 });
    changeStatusFromEditor(db, { ...edit, expectedVersion: 2, to: 'lost', occurredOn: null });
    changeStatusFromEditor(db, { ...edit, expectedVersion: 3, to: 'won', occurredOn: '2016-12-09' });
    expect(row(db, thirteenth.id)).toMatchObject({ status: 'won', version: 4 });
  });

  it('lets an undone result no longer date the history: a change may come before it', () => {
    const { db, thirteenth } = setup();
    const edit = { nominationId: thirteenth.id, note: 'Entered by hand.', source: null, actor: 'user:4' };
    changeStatusFromEditor(db, { ...edit, expectedVersion: 1, to: 'lost', occurredOn: '2016-12-09' });
    // The loss was a mistake (the category reopened): back to nominated, undated.
    changeStatusFromEditor(db, { ...edit, expectedVersion: 2, to: 'nominated', occurredOn: null });
    changeStatusFromEditor(db, { ...edit, expectedVersion: 3, to: 'withdrawn', occurredOn: '2016-12-01' });
    expect(row(db, thirteenth.id)).toMatchObject({ status: 'withdrawn', version: 4 });

    // Reinstated (dated), then a mistaken win undone: the reinstatement still dates the history.
    changeStatusFromEditor(db, { ...edit, expectedVersion: 4, to: 'nominated', occurredOn: '2016-12-05' });
    changeStatusFromEditor(db, { ...edit, expectedVersion: 5, to: 'won', occurredOn: '2016-12-09' });
    changeStatusFromEditor(db, { ...edit, expectedVersion: 6, to: 'nominated', occurredOn: null });
    expect(() =>
      changeStatusFromEditor(db, { ...edit, expectedVersion: 7, to: 'lost', occurredOn: '2016-12-03' }),
    ).toThrow('This nomination was already nominated on 2016-12-05');
  });

  it('refuses any change to a nominee of a closed category', () => {
    const { db, thirteenth, category } = setup();
    db.update(categories).set({ closedAt: '2016-12-10T05:00:00.000Z' }).where(eq(categories.id, category.id)).run();
    const edit = { nominationId: thirteenth.id, expectedVersion: 1, occurredOn: null, source: null, actor: 'user:4' };
    expect(() => changeStatusFromEditor(db, { ...edit, to: 'won', note: 'Entered by hand.' })).toThrow(
      'ABC News VideoSource Award is closed, so its results are final: reopen it on the results screen to change them.',
    );
    expect(row(db, thirteenth.id)).toMatchObject({ status: 'nominated', version: 1 });
  });
});
