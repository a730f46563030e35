// The bulk writers the importer uses (db/queries/*-bulk.ts) must write exactly what the ensure* and
// createNomination functions write: the same rows and the same audit entries, field for field. Each
// case runs the same inputs through both on two fresh databases and compares everything but the times.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { BulkAwards } from '@/db/queries/awards-bulk';
import { BulkCatalogue } from '@/db/queries/catalogue-bulk';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { addFilmAlias, ensureFilm } from '@/db/queries/films';
import { createNomination, type NewNomination } from '@/db/queries/nominations';
import { BulkNominations } from '@/db/queries/nominations-bulk';
import { addCredit, ensurePerson } from '@/db/queries/people';
import { freshDatabase } from '@/tests/helpers/db';

const actor = 'test:bulk';
const TABLES = [
  'films',
  'film_aliases',
  'people',
  'credits',
  'categories',
  'nominations',
  'nomination_films',
  'nomination_people',
  'status_events',
  'audit_log',
];

/** Every row of the tables above, without the columns that hold the time of writing. */
function contents(db: Db) {
  const untimed = (row: Record<string, unknown>) => {
    const { at: _at, created_at: _c, updated_at: _u, recorded_at: _r, ...rest } = row;
    return rest;
  };
  return Object.fromEntries(
    TABLES.map((table) => [
      table,
      (db.$client.prepare(`select * from ${table} order by rowid`).all() as Record<string, unknown>[]).map(untimed),
    ]),
  );
}

function edition(db: Db) {
  const award = ensureAward(db, { slug: 'test-awards', name: 'Test Awards', kind: 'ceremony' }, actor);
  return ensureEdition(db, { awardId: award.id, slug: '2026', name: 'Test Awards 2026', year: 2026 }, actor).id;
}

const films = [
  { title: 'Test Film One', imdbId: 'tt9000001', year: 2020, isDocumentary: true },
  { title: 'Test Film One', imdbId: null, year: 2021, isDocumentary: false },
  { title: 'Test Film One', imdbId: null, year: 1990, isDocumentary: false },
  { title: 'Test Film Two', imdbId: null, year: 2020, isDocumentary: false },
  { title: 'Test Film Two', imdbId: 'tt9000002', year: 2020, isDocumentary: true },
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
    const catalogue = new BulkCatalogue(fast, actor);
    const awards = new BulkAwards(fast, actor);
    const bulkNominations = new BulkNominations(fast);

    for (const input of films) expect(catalogue.ensureFilm(input)).toEqual(ensureFilm(slow, input, actor).film);
    for (const input of people) expect(catalogue.ensurePerson(input)).toEqual(ensurePerson(slow, input, actor).person);
    addFilmAlias(slow, 1, 'Test Film Uno', 'alternative');
    catalogue.addFilmAlias(1, 'Test Film Uno', 'alternative');
    addCredit(slow, 1, 1, 'director', 0);
    catalogue.addCredit(1, 1, 'director', 0);

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
      expect({ ...actual, nomination: { ...actual.nomination, createdAt: '', updatedAt: '' } }).toEqual({
        ...expected,
        nomination: { ...expected.nomination, createdAt: '', updatedAt: '' },
      });
    }
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
    expect(() => new BulkNominations(db).create(input)).toThrow(/cannot start as lost/);
    expect(() => createNomination(db, input)).toThrow(/cannot start as lost/);
  });
});
