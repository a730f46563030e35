// Adding and removing a film's credits: the person is matched by folded name or alias, several matches
// are returned for the editor to pick, no match creates a person only when asked; a repeated credit and a
// credit already removed are clear refusals; every write is audited and nothing is half written.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addCreditEdit, listCreditsForEdit, removeCreditEdit, type AddCreditInput } from '@/db/queries/credit-edits';
import { FieldValidationError } from '@/db/queries/film-edits';
import { ensureFilm } from '@/db/queries/films';
import { addPersonAlias, ensurePerson } from '@/db/queries/people';
import { auditLog, people } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

function setup() {
  const { db } = freshDatabase();
  const { film } = ensureFilm(db, { title: '13th', year: 2016 }, 'seed');
  const add = (patch: Partial<AddCreditInput>) =>
    addCreditEdit(db, {
      filmId: film.id,
      personName: '',
      personId: null,
      createPerson: false,
      role: 'director',
      position: 0,
      actor: 'user:5',
      ...patch,
    });
  const audits = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();
  return { db, film, add, audits };
}

describe('addCreditEdit', () => {
  it('credits the one person whose name or alias folds the same, and audits credit.add', async () => {
    const { db, film, add, audits } = setup();
    const { person } = ensurePerson(db, { name: 'Ava DuVernay' }, 'seed');
    addPersonAlias(db, person.id, 'Ava Marie DuVernay');
    expect(add({ personName: 'AVA MARIE DUVERNAY', role: 'director' })).toMatchObject({
      added: { person: { id: person.id }, role: 'director' },
    });
    expect(await listCreditsForEdit(db, film.id)).toEqual([
      expect.objectContaining({ personName: 'Ava DuVernay', role: 'director' }),
    ]);
    expect(audits('credit.add')).toEqual([
      expect.objectContaining({ actor: 'user:5', entityType: 'film', entityId: film.id }),
    ]);
  });

  it('returns the choices when several people share the name, and uses the one picked', () => {
    const { db, add } = setup();
    const { person: first } = ensurePerson(db, { name: 'John Smith', imdbId: 'nm0000001' }, 'seed');
    const { person: second } = ensurePerson(db, { name: 'John Smith', imdbId: 'nm0000002' }, 'seed');
    const result = add({ personName: 'john smith' });
    expect(result).toEqual({
      choices: [expect.objectContaining({ id: first.id }), expect.objectContaining({ id: second.id })],
    });
    expect(add({ personName: 'john smith', personId: second.id })).toMatchObject({
      added: { person: { id: second.id } },
    });
  });

  it('creates an unknown person only when asked, and refuses otherwise writing nothing', () => {
    const { db, add, audits } = setup();
    expect(() => add({ personName: 'Kim Nobody' })).toThrow(FieldValidationError);
    expect(db.select().from(people).all()).toHaveLength(0);
    const result = add({ personName: 'Kim Nobody', createPerson: true, role: 'editor' });
    expect(result).toMatchObject({ added: { person: { name: 'Kim Nobody', slug: 'kim-nobody' }, role: 'editor' } });
    expect(audits('person.create')).toHaveLength(1);
  });

  it('refuses the same person in the same role twice', () => {
    const { add, audits } = setup();
    add({ personName: 'Kim Nobody', createPerson: true });
    expect(() => add({ personName: 'kim nobody' })).toThrow(/already credited as director/);
    // However the role is capitalised: the page shows it the same.
    expect(() => add({ personName: 'Kim Nobody', role: 'Director' })).toThrow(/already credited as director on/);
    expect(audits('credit.add')).toHaveLength(1);
  });
});

describe('removeCreditEdit', () => {
  it('removes the credit with an audit entry, and refuses one already removed', async () => {
    const { db, film, add, audits } = setup();
    const result = add({ personName: 'Kim Nobody', createPerson: true });
    if (!('added' in result)) throw new Error('expected a credit');
    removeCreditEdit(db, { filmId: film.id, creditId: result.added.creditId, actor: 'user:5' });
    expect(await listCreditsForEdit(db, film.id)).toEqual([]);
    expect(audits('credit.remove')).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ person: 'Kim Nobody', role: 'director' }) }),
    ]);
    expect(() => removeCreditEdit(db, { filmId: film.id, creditId: result.added.creditId, actor: 'user:5' })).toThrow(
      /already removed/,
    );
  });
});
