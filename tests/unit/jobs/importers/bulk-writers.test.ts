// The bulk writers the importer uses (db/queries/*-bulk.ts) must write exactly what the ensure* and
// createNomination functions write: the same rows and the same audit entries, field for field, though they
// queue their rows and write them later, several per statement (the inputs here come table by table, the
// order in which a flush writes the audit entries of what it created, so the order is compared too); and the same
// search index and dashboard counts, though a batch fills those in itself while it holds their insert
// triggers back. Each case runs the same inputs through both on two fresh databases and compares
// everything but the times.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { BulkAwards } from '@/db/queries/awards-bulk';
import { BulkCatalogue } from '@/db/queries/catalogue-bulk';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { addFilmAlias, ensureFilm } from '@/db/queries/films';
import { InsertBatch, type InsertQueue } from '@/db/queries/insert-bulk';
import { createNomination, type NewNomination } from '@/db/queries/nominations';
import { BulkNominations } from '@/db/queries/nominations-bulk';
import { addCredit, addPersonAlias, ensurePerson } from '@/db/queries/people';
import { foldText } from '@/db/rules/text';
import { freshDatabase } from '@/tests/helpers/db';

const actor = 'test:bulk';
const TABLES = [
  'editions',
  'films',
  'film_aliases',
  'people',
  'person_aliases',
  'credits',
  'categories',
  'nominations',
  'nomination_films',
  'nomination_people',
  'status_events',
  'audit_log',
];

/** What the tables derive from the rows above, and the hold of migration 0009, which a flush lifts again. */
const DERIVED = {
  search_index: 'select rowid, name, aliases, extra from search_index order by rowid',
  edition_status_counts: 'select * from edition_status_counts where nominations <> 0 order by edition_id, status',
  bulk_fill: 'select * from bulk_fill',
};

/** Every row of the tables above and of the derived ones, without the columns that hold the time of writing. */
function contents(db: Db) {
  const untimed = (row: Record<string, unknown>) => {
    const { at: _at, created_at: _c, updated_at: _u, recorded_at: _r, ...rest } = row;
    return rest;
  };
  const rows = (sql: string) => (db.$client.prepare(sql).all() as Record<string, unknown>[]).map(untimed);
  return Object.fromEntries([
    ...TABLES.map((table) => [table, rows(`select * from ${table} order by rowid`)]),
    ...Object.entries(DERIVED).map(([name, sql]) => [name, rows(sql)]),
  ]) as Record<string, Record<string, unknown>[]>;
}

function award(db: Db) {
  return ensureAward(db, { slug: 'test-awards', name: 'Test Awards', kind: 'ceremony' }, actor).id;
}
function edition(db: Db) {
  return ensureEdition(db, { awardId: award(db), slug: '2026', name: 'Test Awards 2026', year: 2026 }, actor).id;
}

/** The bulk writers on one database, sharing one batch of queues as the importer's do. */
function bulkWriters(db: Db) {
  const batch = new InsertBatch(db.$client);
  return {
    batch,
    catalogue: new BulkCatalogue(db, actor, batch),
    awards: new BulkAwards(db, actor, batch),
    nominations: new BulkNominations(db, batch, actor),
  };
}

const films = [
  { title: 'Test Film One', imdbId: 'tt9000001', year: 2020, isDocumentary: true },
  { title: 'Test Film One', imdbId: null, year: 2021, isDocumentary: false },
  { title: 'Test Film One', imdbId: null, year: 1990, isDocumentary: false },
  { title: 'Test Film Two', imdbId: null, year: 2020, isDocumentary: false },
  { title: 'Test Film Two', imdbId: 'tt9000002', year: 2020, isDocumentary: true },
  // Its audit entry's JSON is written by SQLite in the bulk path and by JSON.stringify in the other.
  { title: 'Test "Film"\tThree \\ Été 😀', imdbId: null, year: 2022, isDocumentary: true },
];
const people = [
  { name: 'Test Person', imdbId: null, kind: 'person' as const },
  { name: 'Test Person', imdbId: 'nm9000001', kind: 'person' as const },
  { name: 'Test Company Inc.', imdbId: 'co9000001', kind: 'company' as const },
];

describe('the bulk writers', () => {
  it('create, find and update films, people, categories and nominations as the ensure* functions do', () => {
    const slow = freshDatabase().db;
    const fast = freshDatabase().db;
    const slowEdition = edition(slow);
    const fastEdition = edition(fast);
    const { batch, catalogue, awards, nominations: bulkNominations } = bulkWriters(fast);

    for (const input of films) {
      expect(catalogue.ensureFilm(input, foldText(input.title))).toEqual(ensureFilm(slow, input, actor).film);
    }
    for (const input of people) {
      expect(catalogue.ensurePerson(input, foldText(input.name))).toEqual(ensurePerson(slow, input, actor).person);
    }
    addFilmAlias(slow, 1, 'Test Film Uno', 'alternative');
    catalogue.addFilmAlias(1, 'Test Film Uno', foldText('Test Film Uno'), 'alternative');
    addPersonAlias(slow, 1, 'Test Persona', 'alternative');
    catalogue.addPersonAlias(1, 'Test Persona', foldText('Test Persona'), 'alternative');
    addCredit(slow, 1, 1, 'director', 0);
    catalogue.addCredit(1, 1, 'director', 0);
    // Found again by the alias queued above, as findFilm finds it by the alias written.
    const uno = { title: 'Test Film Uno', imdbId: null, year: 2020, isDocumentary: true };
    expect(catalogue.ensureFilm(uno, foldText(uno.title))).toEqual(ensureFilm(slow, uno, actor).film);

    const category = { name: 'Best Test Feature', position: 2 };
    const slowCategory = ensureCategory(slow, { editionId: slowEdition, ...category }, actor);
    expect(awards.ensureCategory({ editionId: fastEdition, ...category })).toEqual(slowCategory);
    const nominations: Omit<NewNomination, 'categoryId'>[] = [
      { filmIds: [1], personIds: [1], status: 'won', reason: { actor, note: 'Test.' } },
      { filmIds: [2], personIds: [], status: 'lost', reason: { actor, sourceId: null, note: 'Test.' }, detail: 'x' },
      { filmIds: [], personIds: [], displayName: 'Test Group', status: 'nominated', reason: { actor, note: 'T.' } },
    ];
    for (const input of [...nominations, nominations[0]!]) {
      const expected = createNomination(slow, { ...input, categoryId: slowCategory.id });
      const actual = bulkNominations.create({ ...input, categoryId: slowCategory.id });
      expect(actual).toEqual({
        created: expected.created,
        nomination: { id: expected.nomination.id, status: expected.nomination.status },
      });
    }
    batch.flush();
    const written = contents(fast);
    expect(written).toEqual(contents(slow));
    // An entry for every film and person (and the award, written by its trigger).
    const { search_index: entries = [], films: filmRows = [], people: personRows = [] } = written;
    expect(entries.map((entry) => entry.rowid)).toEqual(
      [
        ...filmRows.map((film) => Number(film.id) * 4 + 1),
        ...personRows.map((person) => Number(person.id) * 4 + 2),
        7,
      ].sort((a, b) => a - b),
    );
    expect(filmRows.length + personRows.length).toBeGreaterThan(5);
    expect(written.edition_status_counts).toHaveLength(3);
    expect(written.bulk_fill).toEqual([]);
  });

  it('fill in for a second batch beside the rows of the first, and leave the triggers working after', () => {
    const slow = freshDatabase().db;
    const fast = freshDatabase().db;
    const { batch, catalogue } = bulkWriters(fast);
    for (const [i, input] of films.entries()) {
      expect(catalogue.ensureFilm(input, foldText(input.title))).toEqual(ensureFilm(slow, input, actor).film);
      if (i === 1) batch.flush();
    }
    batch.flush();
    // Written on its own, past the bulk writer: its trigger indexes it again.
    const late = { title: 'Test Film Late', imdbId: null, year: 2024, isDocumentary: true };
    ensureFilm(fast, late, actor);
    ensureFilm(slow, late, actor);
    const written = contents(fast);
    expect(written).toEqual(contents(slow));
    // Every film has its entry: those of both batches and the late one.
    const { search_index: entries = [], films: filmRows = [] } = written;
    expect(entries.map((entry) => entry.rowid)).toEqual(filmRows.map((film) => Number(film.id) * 4 + 1));
    expect(filmRows.length).toBeGreaterThan(2);
  });

  it('undo a flush that fails, the hold on the triggers with it', () => {
    const failing = (rows: (queue: InsertQueue) => unknown[][]) => {
      const db = freshDatabase().db;
      const batch = new InsertBatch(db.$client);
      const queue = batch.queue('films', ['id', 'slug', 'title', 'title_folded'], { fillIns: [() => {}] });
      for (const row of rows(queue)) queue.add(row);
      return { flush: () => batch.flush(), contents: () => contents(db), queue };
    };
    const duplicate = failing((queue) => [
      [queue.newId(), 'test-a', 'Test A', 'test a'],
      [queue.newId(), 'test-a', 'Test A again', 'test a again'],
    ]);
    expect(duplicate.flush).toThrow(/UNIQUE constraint failed: films.slug/);
    // A queue with a fill-in takes its ids from newId, so that they form the range it fills in.
    const ownIds = failing((queue) => [
      [queue.newId(), 'test-a', 'Test A', 'test a'],
      [7, 'test-b', 'Test B', 'test b'],
    ]);
    expect(ownIds.flush).toThrow(/must take every row's id from newId/);
    for (const { contents } of [duplicate, ownIds]) {
      expect(contents().films).toEqual([]);
      expect(contents().bulk_fill).toEqual([]);
    }
    // What the writers remember of the undone rows would be wrong now: the batch writes nothing more.
    duplicate.queue.add([duplicate.queue.newId(), 'test-c', 'Test C', 'test c']);
    expect(duplicate.flush).toThrow(/an earlier flush failed/);
    expect(duplicate.contents().films).toEqual([]);
  });

  it('create editions as ensureEdition does, and hand a found one that gains its results to it', () => {
    const slow = freshDatabase().db;
    const fast = freshDatabase().db;
    const slowAward = award(slow);
    const { batch, awards } = bulkWriters(fast);
    const fastAward = award(fast);
    const inputs = [
      { slug: '1st', name: 'Test Awards 1st', ordinal: 1, year: 2025, yearLabel: '2024/25', resultsComplete: false },
      { slug: '2nd', name: 'Test Awards 2nd', ordinal: 2, year: 2026, yearLabel: null, resultsComplete: true },
      { slug: '1st', name: 'Test Awards 1st', ordinal: 1, year: 2025, yearLabel: '2024/25', resultsComplete: false },
    ];
    for (const input of inputs) {
      expect(awards.ensureEdition({ ...input, awardId: fastAward })).toEqual(
        ensureEdition(slow, { ...input, awardId: slowAward }, actor),
      );
    }
    batch.flush();
    const decided = { ...inputs[0]!, resultsComplete: true };
    expect(awards.ensureEdition({ ...decided, awardId: fastAward })).toEqual(
      ensureEdition(slow, { ...decided, awardId: slowAward }, actor),
    );
    batch.flush();
    expect(contents(fast)).toEqual(contents(slow));
  });

  it('refuses a history that the status rules refuse, as createNomination does', () => {
    const db = freshDatabase().db;
    const category = ensureCategory(db, { editionId: edition(db), name: 'Best Test Short' }, actor);
    const input: NewNomination = {
      categoryId: category.id,
      filmIds: [],
      personIds: [],
      displayName: 'Test Nominee',
      status: 'lost',
      reason: { actor, note: 'Test.' },
      steps: [{ status: 'lost', reason: { actor, note: 'Test.' } }],
    };
    expect(() => bulkWriters(db).nominations.create(input)).toThrow(/cannot start as lost/);
    expect(() => createNomination(db, input)).toThrow(/cannot start as lost/);
  });
});
