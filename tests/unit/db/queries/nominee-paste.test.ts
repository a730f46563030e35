// Pasting a list of nominees into a category: lines are read and matched to known films by folded title
// and alias (a year narrows the match), already-nominated films are skipped, new films are created only
// when confirmed, and the whole paste is one transaction with the status, its source and the audit.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addFilmAlias, ensureFilm } from '@/db/queries/films';
import { addPersonAlias, ensurePerson } from '@/db/queries/people';
import { confirmKeyOf, planPaste } from '@/db/queries/nominee-paste';
import { addPastedNominees, type PasteInput } from '@/db/queries/nominee-paste-write';
import { parsePastedLines } from '@/db/queries/nominee-paste-lines';
import {
  auditLog,
  categories,
  films,
  nominationFilms,
  nominationPeople,
  nominations,
  sources,
  statusEvents,
} from '@/db/schema';
import type { Db } from '@/db/client';
import { tableCounts } from '@/tests/helpers/counts';
import { freshDatabase } from '../../../helpers/db';
import { seedVideoSourceCategory } from '../../../helpers/video-source-category';

const alreadyNominated = 'Already nominated in this category: a list does not move a nominee back or past a result.';

function setup() {
  const { db } = freshDatabase();
  const seeded = seedVideoSourceCategory(db);
  return { db, ...seeded };
}

function paste(db: Db, categoryId: number, text: string, extra: Partial<PasteInput> = {}) {
  return addPastedNominees(db, {
    categoryId,
    text,
    status: 'nominated',
    actor: 'user:3',
    occurredOn: '2016-10-20',
    note: null,
    source: { url: 'https://example.org/ida-2016-nominees', title: 'Nominees', publisher: 'IDA' },
    picks: new Map(),
    confirmed: new Set(),
    ...extra,
  });
}

describe('parsePastedLines', () => {
  it('reads titles, years and people, skips blank lines and explains lines it cannot read', () => {
    const lines = parsePastedLines(
      'Weiner\n\n  Tower (2016)  \nCameraperson — Kirsten Johnson, Kirsten Johnson\n(2016)\nX (1200)\n— Kirsten Johnson',
    );
    expect(lines).toEqual([
      { lineNo: 1, text: 'Weiner', ok: true, title: 'Weiner', year: null, personNames: [] },
      { lineNo: 3, text: 'Tower (2016)', ok: true, title: 'Tower', year: 2016, personNames: [] },
      {
        lineNo: 4,
        text: 'Cameraperson — Kirsten Johnson, Kirsten Johnson',
        ok: true,
        title: 'Cameraperson',
        year: null,
        personNames: ['Kirsten Johnson'],
      },
      expect.objectContaining({ lineNo: 5, ok: false, reason: expect.stringContaining('no title') }),
      expect.objectContaining({ lineNo: 6, ok: false, reason: '1200 is not a film’s year.' }),
      // People without a title are not a film called "— Kirsten Johnson".
      expect.objectContaining({ lineNo: 7, ok: false, reason: 'There is no title before the year or the dash.' }),
    ]);
  });
});

describe('parsePastedLines, a list pasted from an article', () => {
  it('reads its lines without their bullets and numbers, and says when it left out a number', () => {
    const lines = parsePastedLines(
      '1. Weiner\n2) Tower (2016)\n• Cameraperson — Kirsten Johnson\n- Life, Animated\n* 13th',
    );
    expect(lines.map((line) => line.ok && [line.title, line.year, line.personNames])).toEqual([
      ['Weiner', null, []],
      ['Tower', 2016, []],
      ['Cameraperson', null, ['Kirsten Johnson']],
      ['Life, Animated', null, []],
      ['13th', null, []],
    ]);
    expect(lines[0]).toHaveProperty('hint', 'Read without the list number “1.” at its start.');
    expect(lines[2]).not.toHaveProperty('hint');
    // A title that only starts with a number, or a line that starts with the people's dash, is left as it is.
    expect(parsePastedLines('2001: A Space Odyssey')[0]).toMatchObject({ title: '2001: A Space Odyssey' });
    expect(parsePastedLines('— Kirsten Johnson')[0]).toMatchObject({ ok: false });
  });
});

describe('parsePastedLines, a hyphen with spaces', () => {
  it('reads the line as one title and says how to name people instead', () => {
    const [line] = parsePastedLines('Tower - Kirsten Johnson');
    expect(line).toMatchObject({ ok: true, title: 'Tower - Kirsten Johnson', personNames: [] });
    expect(line).toHaveProperty('hint', expect.stringMatching(/^Read as one title\./));
    expect(parsePastedLines('Tower — Kirsten Johnson')[0]).not.toHaveProperty('hint');
    expect(parsePastedLines('Spider-Man')[0]).not.toHaveProperty('hint');
  });
});

describe('planPaste, a year that matches no film of the title', () => {
  it('offers a new film, naming the films of that title in other years', () => {
    const { db, category } = setup();
    const [plan] = planPaste(db, category.id, '13th (1999)', 'nominated');
    expect(plan).toMatchObject({
      outcome: 'new',
      otherYears: [expect.objectContaining({ title: '13th', year: 2016 })],
    });
    const [unknown] = planPaste(db, category.id, 'Zzyzx Paste Film (1999)', 'nominated');
    expect(unknown).toMatchObject({ outcome: 'new', otherYears: [] });
  });
});

describe('planPaste', () => {
  it('matches by folded title and alias, flags nominees already in the category, and offers new films', () => {
    const { db, category } = setup();
    const { film: weiner } = ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    addFilmAlias(db, weiner.id, 'Weiner (documentary)');
    const plans = planPaste(
      db,
      category.id,
      '13TH\nweiner (documentary)\nE2E Unknown Film (2016)\nbad (1200)',
      'nominated',
    );
    expect(plans.map((p) => p.outcome)).toEqual(['already-nominated', 'matched', 'new', 'invalid']);
    expect(plans[1]!.candidates).toEqual([expect.objectContaining({ id: weiner.id, isNominated: false })]);
    expect(plans[2]!.confirmKey).toBe(confirmKeyOf(3, 'E2E Unknown Film'));
    expect(plans[0]!.confirmKey).toBeNull();
  });

  it('lets a year choose between films of the same title, and offers the choice when it cannot', () => {
    const { db, category } = setup();
    const old = ensureFilm(db, { title: 'Home', year: 1990 }, 'test').film;
    const recent = ensureFilm(db, { title: 'Home', year: 2009 }, 'test').film;
    const [withYear, without] = planPaste(db, category.id, 'Home (2009)\nHome', 'nominated');
    expect(withYear).toMatchObject({ outcome: 'matched', candidates: [{ id: recent.id }] });
    expect(without).toMatchObject({ outcome: 'choose', candidates: [{ id: old.id }, { id: recent.id }] });
  });
});

describe('repeated lines', () => {
  it('skips a line naming the film of an earlier line again, unless both name different people', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Cameraperson', year: 2016 }, 'test');
    ensureFilm(db, { title: 'La La Land', year: 2016 }, 'test');
    const text = [
      'Cameraperson — Kirsten Johnson',
      'Weiner',
      'cameraperson',
      'E2E New Film (2016)',
      'e2e new film (2016) — Someone New',
      'La La Land — Justin Hurwitz',
      'La La Land — Benj Pasek, Justin Paul',
    ].join('\n');
    const plans = planPaste(db, category.id, text, 'nominated');
    expect(plans.map((p) => [p.outcome, p.repeatOf])).toEqual([
      ['matched', undefined],
      ['new', undefined],
      ['repeat', 1],
      ['new', undefined],
      ['repeat', 4],
      ['matched', undefined],
      ['matched', undefined],
    ]);
    expect(plans[2]!.confirmKey).toBeNull();

    const confirmed = new Set(plans.flatMap((p) => (p.confirmKey ? [p.confirmKey] : [])));
    const report = paste(db, category.id, text, { confirmed });
    expect(report.skipped).toEqual([
      expect.objectContaining({ lineNo: 3, why: 'Repeats line 1: one nominee is added once.' }),
      expect.objectContaining({ lineNo: 5, why: 'Repeats line 4: one nominee is added once.' }),
    ]);
    const cameraperson = db.select().from(films).where(eq(films.title, 'Cameraperson')).get()!;
    expect(db.select().from(nominationFilms).where(eq(nominationFilms.filmId, cameraperson.id)).all()).toHaveLength(1);
    expect(report.added.map((a) => a.lineNo)).toEqual([1, 2, 4, 6, 7]);
  });
});

describe('addPastedNominees', () => {
  it('adds matched films, skips nominees already there, and creates a new film only when confirmed', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    const text = 'Weiner\n13th\nE2E Confirmed Film (2016)\nE2E Unconfirmed Film';
    const report = paste(db, category.id, text, { confirmed: new Set([confirmKeyOf(3, 'E2E Confirmed Film')]) });

    expect(report.added.map((a) => a.title)).toEqual(['Weiner', 'E2E Confirmed Film']);
    expect(report.filmsCreated).toBe(1);
    expect(report.skipped).toEqual([
      expect.objectContaining({ lineNo: 2, why: alreadyNominated }),
      expect.objectContaining({ lineNo: 4, why: expect.stringContaining('not confirmed') }),
    ]);
    expect(db.select().from(films).where(eq(films.title, 'E2E Unconfirmed Film')).all()).toEqual([]);
    const created = db.select().from(films).where(eq(films.title, 'E2E Confirmed Film')).get()!;
    expect(created.year).toBe(2016);

    const added = db.select().from(nominations).where(eq(nominations.id, report.added[1]!.nominationId)).get()!;
    expect(added).toMatchObject({ status: 'nominated', categoryId: category.id, position: 4 });
    const [event] = db.select().from(statusEvents).where(eq(statusEvents.nominationId, added.id)).all();
    const source = db.select().from(sources).where(eq(sources.url, 'https://example.org/ida-2016-nominees')).get()!;
    expect(event).toMatchObject({
      toStatus: 'nominated',
      actor: 'user:3',
      sourceId: source.id,
      occurredOn: '2016-10-20',
    });
    const actions = db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actor, 'user:3')).all();
    expect(actions.map((a) => a.action).sort()).toEqual([
      'film.create',
      'nomination.create',
      'nomination.create',
      'source.create',
    ]);
  });

  it('uses the picked film among several, refuses a pick that is not a candidate, and adds people', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Home', year: 1990 }, 'test');
    const recent = ensureFilm(db, { title: 'Home', year: 2009 }, 'test').film;
    const person = ensurePerson(db, { name: 'Yann Arthus-Bertrand' }, 'test').person;
    const report = paste(db, category.id, 'Home — Yann Arthus-Bertrand\nHome', {
      picks: new Map([
        [1, recent.id],
        [2, 999],
      ]),
      note: 'From the printed programme.',
      source: null,
    });
    expect(report.added).toHaveLength(1);
    expect(report.skipped).toEqual([
      expect.objectContaining({ lineNo: 2, why: 'Several films have this title: pick one.' }),
    ]);
    const people = db
      .select()
      .from(nominationPeople)
      .where(eq(nominationPeople.nominationId, report.added[0]!.nominationId))
      .all();
    expect(people.map((p) => p.personId)).toEqual([person.id]);
  });

  it('names a person once when a line names them twice, by their name and by another name of theirs', () => {
    const { db, category } = setup();
    const film = ensureFilm(db, { title: 'Short Five', year: 2016 }, 'test').film;
    const person = ensurePerson(db, { name: 'Ana Prueba' }, 'test').person;
    addPersonAlias(db, person.id, 'Bo Test');
    const [plan] = planPaste(db, category.id, 'Short Five — Ana Prueba, Bo Test', 'nominated');
    expect(plan!.people.map((p) => p.name)).toEqual(['Ana Prueba']);
    const report = paste(db, category.id, 'Short Five — Ana Prueba, Bo Test');
    expect(report.added).toHaveLength(1);
    const named = db
      .select()
      .from(nominationPeople)
      .where(eq(nominationPeople.nominationId, report.added[0]!.nominationId));
    expect(named.all().map((p) => p.personId)).toEqual([person.id]);
    expect(db.select().from(nominationFilms).where(eq(nominationFilms.filmId, film.id)).all()).toHaveLength(1);
  });

  it('refuses a list dated more than a year before the awards year of an edition without announcement dates', () => {
    const { db, category } = setup();
    const before = tableCounts(db);
    expect(() => paste(db, category.id, 'Weiner', { occurredOn: '2010-05-01' })).toThrow(
      /is of the awards year 2016, so a change to nominated cannot be dated 2010-05-01/,
    );
    expect(tableCounts(db)).toEqual(before);
  });

  it('writes nothing at all when one nominee fails, and needs a source or a note', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    const before = db.select().from(nominations).all().length;
    expect(() => paste(db, category.id, 'Weiner', { source: null, note: '  ' })).toThrow(/source URL or a note/);
    // The source row is written first; a refused status must take it back with everything else.
    expect(() => paste(db, category.id, 'Weiner', { status: 'bogus' as never })).toThrow();
    expect(db.select().from(nominations).all()).toHaveLength(before);
    expect(db.select().from(sources).where(eq(sources.url, 'https://example.org/ida-2016-nominees')).all()).toEqual([]);
  });
});

describe('a list naming nominees the category has', () => {
  const nominees = 'Weiner — Josh Kriegman, Elyse Steinberg';

  it('takes the film with or without its people for one nominee, and never moves it back', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    const [withPeople] = planPaste(db, category.id, nominees, 'nominated');
    paste(db, category.id, nominees, { confirmed: new Set([withPeople!.confirmKey!]) });

    const [filmOnly] = planPaste(db, category.id, 'weiner', 'shortlisted');
    expect(filmOnly).toMatchObject({ outcome: 'already-nominated', nominee: { status: 'nominated' } });
    // A skipped line offers to create nobody, though it names a person not yet known.
    const [skipped] = planPaste(db, category.id, '13th — Ava DuVernay', 'shortlisted');
    expect(skipped).toMatchObject({ outcome: 'already-nominated', confirmKey: null });
    expect(skipped!.people).toEqual([{ name: 'Ava DuVernay', person: null }]);
    const report = paste(db, category.id, 'weiner\n13th — Ava DuVernay', { status: 'shortlisted' });
    // 13th is a nominee without people: the line naming its director means it too.
    expect(report.skipped.map((line) => line.why)).toEqual([alreadyNominated, alreadyNominated]);
    const weiner = db.select().from(films).where(eq(films.title, 'Weiner')).get()!;
    expect(db.select().from(nominationFilms).where(eq(nominationFilms.filmId, weiner.id)).all()).toHaveLength(1);
  });

  it('moves a shortlisted nominee on to nominated with the list’s source and date, creating nothing', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    const shortlisted = paste(db, category.id, 'Weiner', { status: 'shortlisted', occurredOn: '2016-09-01' });
    const nominationId = shortlisted.added[0]!.nominationId;

    const [plan] = planPaste(db, category.id, nominees, 'nominated');
    expect(plan).toMatchObject({ outcome: 'advance', nominee: { id: nominationId, status: 'shortlisted' } });
    expect(plan!.confirmKey).toBeNull();
    const report = paste(db, category.id, nominees);

    expect(report).toMatchObject({ added: [], skipped: [], peopleCreated: 0 });
    expect(report.moved).toEqual([
      {
        lineNo: 1,
        title: 'Weiner',
        nominationId,
        from: 'shortlisted',
        newPeople: ['Josh Kriegman', 'Elyse Steinberg'],
      },
    ]);
    const weiner = db.select().from(films).where(eq(films.title, 'Weiner')).get()!;
    expect(db.select().from(nominationFilms).where(eq(nominationFilms.filmId, weiner.id)).all()).toHaveLength(1);
    const events = db.select().from(statusEvents).where(eq(statusEvents.nominationId, nominationId)).all();
    const source = db.select().from(sources).where(eq(sources.url, 'https://example.org/ida-2016-nominees')).get()!;
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.occurredOn, e.sourceId])).toEqual([
      [null, 'shortlisted', '2016-09-01', source.id],
      ['shortlisted', 'nominated', '2016-10-20', source.id],
    ]);
  });

  it('moves on a shortlisted nominee whom the list names with more people, saying who was not added', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    const josh = ensurePerson(db, { name: 'Josh Kriegman' }, 'test').person;
    const shortlisted = paste(db, category.id, 'Weiner — Josh Kriegman', { status: 'shortlisted' });
    const [plan] = planPaste(db, category.id, nominees, 'nominated');
    expect(plan).toMatchObject({ outcome: 'advance', nominee: { newPeople: ['Elyse Steinberg'] } });
    const report = paste(db, category.id, nominees);
    expect(report.moved).toEqual([expect.objectContaining({ newPeople: ['Elyse Steinberg'] })]);
    expect(report.added).toEqual([]);
    const people = db
      .select()
      .from(nominationPeople)
      .where(eq(nominationPeople.nominationId, shortlisted.added[0]!.nominationId))
      .all();
    expect(people.map((p) => p.personId)).toEqual([josh.id]);
  });

  it('skips, with the reason, a nominee whose move on would be dated before its history', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    paste(db, category.id, 'Weiner', { status: 'shortlisted', occurredOn: '2016-09-01' });
    const early = paste(db, category.id, 'Weiner', { occurredOn: '2016-01-01' });
    expect(early.moved).toEqual([]);
    expect(early.skipped.map((line) => line.why)).toEqual([
      'This nomination was already shortlisted on 2016-09-01, so a change cannot be dated 2016-01-01, before it. ' +
        'Check the date, or leave it empty if it is not known.',
    ]);
  });

  it('adds nothing to a closed category, new nominee or old: its results are final', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'Weiner', year: 2016 }, 'test');
    paste(db, category.id, 'Weiner', { status: 'shortlisted' });
    db.update(categories).set({ closedAt: '2016-12-10T05:00:00.000Z' }).where(eq(categories.id, category.id)).run();
    const before = tableCounts(db);
    for (const text of ['Weiner', 'Cameraperson']) {
      expect(() => paste(db, category.id, text)).toThrow(
        'ABC News VideoSource Award is closed, so its results are final: reopen it on the results screen to change them.',
      );
    }
    expect(tableCounts(db)).toEqual(before);
  });
});
