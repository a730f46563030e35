// Editing a person: a save bumps the version, the folded name and the sort name, audited with the changed fields; a
// stale save is a conflict naming what differs and writes nothing; an id another person holds is refused
// naming them; aliases are added once and removed once; the edit page reads credits with their films.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addAlias, PERSON_ALIASES, removeAlias } from '@/db/queries/alias-edits';
import { browsePeople } from '@/db/queries/browse';
import { ConflictError, FieldValidationError } from '@/db/queries/film-edit-errors';
import { addCredit, ensurePerson } from '@/db/queries/people';
import { ensureFilm } from '@/db/queries/films';
import { createPerson, getPersonForEdit, updatePerson, type PersonChanges } from '@/db/queries/person-edits';
import { auditLog, people, type Person } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

function setup() {
  const { db } = freshDatabase();
  const { person } = ensurePerson(db, { name: 'Ava DuVernay', imdbId: 'nm1056659' }, 'seed');
  return { db, person };
}

const changesOf = (p: Person, patch: Partial<PersonChanges> = {}): PersonChanges => ({
  name: p.name,
  kind: p.kind,
  filedUnder: p.filedUnder,
  imdbId: p.imdbId,
  wikidataId: p.wikidataId,
  tmdbId: p.tmdbId,
  ...patch,
});

describe('updatePerson', () => {
  it('saves the changed fields, bumps the version, the folded name and the sort name, and audits', () => {
    const { db, person } = setup();
    const { person: saved, changed } = updatePerson(db, {
      personId: person.id,
      expectedVersion: 1,
      changes: changesOf(person, { name: 'Ava Marie DuVernay', wikidataId: 'Q2870' }),
      actor: 'user:2',
    });
    expect(changed).toEqual(['name', 'wikidataId']);
    expect(person.sortName).toBe('duvernay ava');
    expect(saved).toMatchObject({
      version: 2,
      nameFolded: 'ava marie duvernay',
      sortName: 'duvernay ava marie',
      slug: person.slug,
    });
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'person.update')).all();
    expect(audit.at(-1)).toMatchObject({
      before: { name: 'Ava DuVernay', wikidataId: null },
      after: { name: 'Ava Marie DuVernay', wikidataId: 'Q2870' },
    });
  });

  it('files a person made a company by its name, and back by surname', () => {
    const { db } = setup();
    const { created } = createPerson(db, {
      person: { name: 'The March of Time', kind: 'person', imdbId: null, wikidataId: null, tmdbId: null },
      actor: 'user:2',
    }) as { created: Person };
    expect(created.sortName).toBe('time the march of');
    const edit = (version: number, kind: Person['kind']) =>
      updatePerson(db, {
        personId: created.id,
        expectedVersion: version,
        changes: changesOf(created, { kind }),
        actor: 'user:2',
      }).person;
    expect(edit(1, 'company').sortName).toBe('march of time');
    expect(edit(2, 'person').sortName).toBe('time the march of');
  });

  it('files a name as an editor says, through a rename, and by the rule once the filing is cleared', async () => {
    const { db } = setup();
    const { created } = createPerson(db, {
      person: { name: 'Bong Joon-ho', kind: 'person', imdbId: null, wikidataId: null, tmdbId: null },
      actor: 'user:2',
    }) as { created: Person };
    // The rule reads the hyphenated last word as a double-barrelled surname: a family name written first
    // is what it cannot tell.
    expect(created.sortName).toBe('joon ho bong');
    const save = (patch: Partial<PersonChanges>) => {
      const current = db.select().from(people).where(eq(people.id, created.id)).get()!;
      return updatePerson(db, {
        personId: current.id,
        expectedVersion: current.version,
        changes: changesOf(current, patch),
        actor: 'user:2',
      });
    };
    const underB = async () => (await browsePeople(db, { letter: 'b' }, 1)).rows.map((row) => row.name);

    const filed = save({ filedUnder: 'Bong Joon-ho' });
    expect(filed.changed).toEqual(['filedUnder']);
    expect(filed.person).toMatchObject({ filedUnder: 'Bong Joon-ho', sortName: 'bong joon ho', version: 2 });
    expect(await underB()).toContain('Bong Joon-ho');
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'person.update')).all().at(-1)).toMatchObject({
      before: { filedUnder: null },
      after: { filedUnder: 'Bong Joon-ho' },
    });

    expect(save({ name: 'Bong Joon Ho' }).person.sortName).toBe('bong joon ho');
    expect(save({ filedUnder: null }).person).toMatchObject({ filedUnder: null, sortName: 'ho bong joon' });
    expect(await underB()).not.toContain('Bong Joon Ho');
  });

  it('creates a person filed as the editor says', () => {
    const { db } = setup();
    const { created } = createPerson(db, {
      person: {
        name: 'Zhang Yimou',
        kind: 'person',
        filedUnder: 'Zhang Yimou',
        imdbId: null,
        wikidataId: null,
        tmdbId: null,
      },
      actor: 'user:2',
    }) as { created: Person };
    expect(created).toMatchObject({ filedUnder: 'Zhang Yimou', sortName: 'zhang yimou' });
  });

  it('refuses a stale save with what the other editor changed, and writes nothing', () => {
    const { db, person } = setup();
    updatePerson(db, {
      personId: person.id,
      expectedVersion: 1,
      changes: changesOf(person, { kind: 'company' }),
      actor: 'user:1',
    });
    let error: unknown;
    try {
      updatePerson(db, {
        personId: person.id,
        expectedVersion: 1,
        changes: changesOf(person, { name: 'A. DuVernay' }),
        actor: 'user:2',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).changes).toEqual([
      { field: 'name', theirs: 'Ava DuVernay', yours: 'A. DuVernay' },
      { field: 'kind', theirs: 'company', yours: 'person' },
    ]);
    expect(db.select().from(people).get()).toMatchObject({ name: 'Ava DuVernay', version: 2 });
  });

  it('refuses an IMDb id another person holds, naming them', () => {
    const { db, person } = setup();
    const created = createPerson(db, {
      person: changesOf(person, { name: 'Kim Nobody', imdbId: null }),
      actor: 'user:2',
    });
    if (!('created' in created)) throw new Error('Kim Nobody is nobody’s namesake');
    const other = created.created;
    expect(() =>
      updatePerson(db, {
        personId: other.id,
        expectedVersion: 1,
        changes: changesOf(other, { imdbId: 'nm1056659' }),
        actor: 'user:2',
      }),
    ).toThrow(FieldValidationError);
    expect(() => createPerson(db, { person: changesOf(person, { name: 'Someone' }), actor: 'user:2' })).toThrow(
      FieldValidationError,
    );
  });
});

describe('creating a person by hand', () => {
  it('shows someone of the same name (or with it as another name) instead, until told it is someone else', () => {
    const { db, person } = setup();
    const again = () =>
      createPerson(db, { person: changesOf(person, { name: 'ava  duvernay', imdbId: null }), actor: 'user:2' });
    expect(again()).toEqual({ sameName: [expect.objectContaining({ id: person.id, name: 'Ava DuVernay' })] });
    expect(db.select().from(people).all()).toHaveLength(1);
    const confirmed = createPerson(db, {
      person: changesOf(person, { name: 'Ava DuVernay', imdbId: null }),
      actor: 'user:2',
      confirmDuplicate: true,
    });
    expect(confirmed).toMatchObject({ created: { name: 'Ava DuVernay', slug: 'ava-duvernay-2' } });
  });
});

describe('person aliases and the edit page', () => {
  it('adds an alias once, removes it once, and lists credits with their films', async () => {
    const { db, person } = setup();
    const alias = addAlias(db, PERSON_ALIASES, { ownerId: person.id, alias: 'Ava Marie DuVernay', actor: 'user:2' });
    expect(() =>
      addAlias(db, PERSON_ALIASES, { ownerId: person.id, alias: 'ava marie duvernay', actor: 'user:2' }),
    ).toThrow(FieldValidationError);
    const { film } = ensureFilm(db, { title: '13th', year: 2016 }, 'seed');
    addCredit(db, film.id, person.id, 'director');
    expect(await getPersonForEdit(db, person.slug)).toMatchObject({
      aliases: [{ alias: 'Ava Marie DuVernay' }],
      credits: [{ role: 'director', filmTitle: '13th', filmYear: 2016, filmSlug: film.slug }],
    });
    removeAlias(db, PERSON_ALIASES, { ownerId: person.id, aliasId: alias.id, actor: 'user:2' });
    expect(() => removeAlias(db, PERSON_ALIASES, { ownerId: person.id, aliasId: alias.id, actor: 'user:2' })).toThrow(
      /already removed/,
    );
  });
});
