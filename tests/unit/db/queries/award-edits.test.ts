// Creating and editing an award: the slug comes from the name, a name or alias already used by another
// award is refused naming it, a new organization is created (or found) with the award, and a stale edit
// merges with what was saved since, refused (writing nothing) only where both changed a field, with what
// the other person saved. Each write leaves its audit entries.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addAlias, AWARD_ALIASES, removeAlias } from '@/db/queries/alias-edits';
import { createAward, updateAward, type AwardFields } from '@/db/queries/award-edits';
import { ensureAward, ensureOrganization } from '@/db/queries/catalogue';
import { awardAliases, auditLog, awards, organizations } from '@/db/schema';
import { parseSearchText, searchNames } from '@/db/search';
import { freshDatabase } from '@/tests/helpers/db';

const blank: AwardFields = {
  name: 'Test Documentary Prize',
  shortName: null,
  kind: 'festival',
  organizationId: null,
  newOrganization: null,
  url: null,
  description: null,
};

function setup() {
  const { db } = freshDatabase();
  ensureAward(
    db,
    { slug: 'ida-documentary-awards', name: 'IDA Documentary Awards', kind: 'ceremony', aliases: ['IDA Awards'] },
    'seed',
  );
  return db;
}

const auditActions = (db: ReturnType<typeof setup>) =>
  db
    .select()
    .from(auditLog)
    .all()
    .map((entry) => entry.action);

describe('createAward', () => {
  it('creates the award with a slug from its name, its aliases and a new organization, all audited', () => {
    const db = setup();
    const award = createAward(db, {
      fields: { ...blank, newOrganization: 'Test Film Society', url: 'https://example.org/prize' },
      aliases: ['TDP', 'tdp', 'The Test Prize', 'test documentary prize'],
      actor: 'user:1',
    });

    expect(award).toMatchObject({ slug: 'test-documentary-prize', name: 'Test Documentary Prize', version: 1 });
    const organization = db.select().from(organizations).where(eq(organizations.id, award.organizationId!)).get();
    expect(organization).toMatchObject({ name: 'Test Film Society', slug: 'test-film-society' });
    const aliases = db.select().from(awardAliases).where(eq(awardAliases.awardId, award.id)).all();
    expect(aliases.map((row) => row.alias)).toEqual(['TDP', 'The Test Prize']);
    expect(auditActions(db).slice(-2)).toEqual(['organization.create', 'award.create']);
  });

  it('picks an existing organization when a typed new name folds to it', () => {
    const db = setup();
    const ida = ensureOrganization(db, { slug: 'ida', name: 'International Documentary Association' }, 'seed');
    const award = createAward(db, {
      fields: { ...blank, newOrganization: 'international documentary association' },
      aliases: [],
      actor: 'user:1',
    });
    expect(award.organizationId).toBe(ida.id);
    expect(db.select().from(organizations).all()).toHaveLength(1);
  });

  it('refuses a name that folds to another award’s name or alias, naming it, and writes nothing', () => {
    const db = setup();
    const entries = auditActions(db).length;
    expect(() => createAward(db, { fields: { ...blank, name: 'IDA  awards!' }, aliases: [], actor: 'user:1' })).toThrow(
      expect.objectContaining({
        fieldErrors: { name: ['“IDA Documentary Awards” already has this name (or an alias like it).'] },
      }),
    );
    expect(() =>
      createAward(db, {
        fields: { ...blank, newOrganization: 'Someone' },
        aliases: ['IDA documentary awards'],
        actor: 'user:1',
      }),
    ).toThrow(
      expect.objectContaining({
        // The award itself is new: the message says the alias is what to change.
        message: 'An alias already names another award: change or remove it.',
        fieldErrors: { aliases: ['“IDA documentary awards” already names “IDA Documentary Awards”.'] },
      }),
    );
    expect(db.select().from(awards).all()).toHaveLength(1);
    expect(db.select().from(organizations).all()).toHaveLength(0);
    expect(auditActions(db)).toHaveLength(entries);
  });
});

describe('updateAward', () => {
  it('saves the changed fields, bumps the version and records before and after', () => {
    const db = setup();
    const award = createAward(db, { fields: blank, aliases: [], actor: 'user:1' });
    const { award: saved, changed } = updateAward(db, {
      awardId: award.id,
      expectedVersion: 1,
      fields: { ...blank, kind: 'ceremony', description: 'A test award.' },
      actor: 'user:2',
    });

    expect(changed).toEqual(['kind', 'description']);
    expect(saved).toMatchObject({ kind: 'ceremony', description: 'A test award.', version: 2, slug: award.slug });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'award.update')).get();
    expect(entry).toMatchObject({
      actor: 'user:2',
      entityId: award.id,
      before: { kind: 'festival', description: null, version: 1 },
      after: { kind: 'ceremony', description: 'A test award.', version: 2 },
    });
  });

  it('refuses a stale save with theirs against yours and writes nothing', () => {
    const db = setup();
    const award = createAward(db, { fields: blank, aliases: [], actor: 'user:1' });
    updateAward(db, { awardId: award.id, expectedVersion: 1, fields: { ...blank, shortName: 'TDP' }, actor: 'user:2' });
    const entries = auditActions(db).length;

    let error: unknown;
    try {
      updateAward(db, {
        awardId: award.id,
        expectedVersion: 1,
        fields: { ...blank, shortName: 'Prize' },
        actor: 'user:3',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      name: 'ConflictError',
      currentVersion: 2,
      changes: [{ field: 'shortName', theirs: 'TDP', yours: 'Prize' }],
    });
    expect(db.select().from(awards).where(eq(awards.id, award.id)).get()).toMatchObject({
      shortName: 'TDP',
      version: 2,
    });
    expect(auditActions(db)).toHaveLength(entries);
  });

  it('merges a stale save with what was saved since, keeping the organization someone else picked', () => {
    const db = setup();
    const ida = ensureOrganization(db, { slug: 'ida', name: 'International Documentary Association' }, 'seed');
    const award = createAward(db, { fields: blank, aliases: [], actor: 'user:1' });
    updateAward(db, {
      awardId: award.id,
      expectedVersion: 1,
      fields: { ...blank, organizationId: ida.id },
      actor: 'user:2',
    });

    // Opened at version 1 (no organization), this editor only wrote a description.
    const { award: merged, changed } = updateAward(db, {
      awardId: award.id,
      expectedVersion: 1,
      fields: { ...blank, description: 'A test award.' },
      actor: 'user:3',
    });
    expect(changed).toEqual(['description']);
    expect(merged).toMatchObject({ organizationId: ida.id, description: 'A test award.', version: 3 });
  });

  it('refuses a stale save where both picked an organization, and keeps no organization it named', () => {
    const db = setup();
    const ida = ensureOrganization(db, { slug: 'ida', name: 'International Documentary Association' }, 'seed');
    const award = createAward(db, { fields: blank, aliases: [], actor: 'user:1' });
    updateAward(db, {
      awardId: award.id,
      expectedVersion: 1,
      fields: { ...blank, organizationId: ida.id },
      actor: 'user:2',
    });
    const entries = auditActions(db).length;

    expect(() =>
      updateAward(db, {
        awardId: award.id,
        expectedVersion: 1,
        fields: { ...blank, newOrganization: 'Test Film Society', url: 'https://example.org/prize' },
        actor: 'user:3',
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'ConflictError',
        changes: [
          { field: 'organizationId', theirs: 'International Documentary Association', yours: 'Test Film Society' },
        ],
      }),
    );
    expect(
      db
        .select()
        .from(organizations)
        .all()
        .map((row) => row.name),
    ).toEqual(['International Documentary Association']);
    expect(db.select().from(awards).where(eq(awards.id, award.id)).get()).toMatchObject({ url: null, version: 2 });
    expect(auditActions(db)).toHaveLength(entries);
  });

  it('refuses renaming to another award’s name', () => {
    const db = setup();
    const award = createAward(db, { fields: blank, aliases: [], actor: 'user:1' });
    expect(() =>
      updateAward(db, {
        awardId: award.id,
        expectedVersion: 1,
        fields: { ...blank, name: 'IDA Awards' },
        actor: 'user:1',
      }),
    ).toThrow('This award is already in the catalogue.');
    expect(db.select().from(awards).where(eq(awards.id, award.id)).get()?.name).toBe('Test Documentary Prize');
  });
});

describe('an award’s aliases', () => {
  const aliasesOf = (db: ReturnType<typeof setup>, awardId: number) =>
    db
      .select({ alias: awardAliases.alias })
      .from(awardAliases)
      .where(eq(awardAliases.awardId, awardId))
      .all()
      .map((row) => row.alias);

  it('are added and removed by an editor, never twice and never one that names another award', () => {
    const db = setup();
    const award = createAward(db, { fields: blank, aliases: [], actor: 'user:1' });
    const row = addAlias(db, AWARD_ALIASES, { ownerId: award.id, alias: 'The TDP', actor: 'user:2' });
    expect(aliasesOf(db, award.id)).toEqual(['The TDP']);
    expect(() => addAlias(db, AWARD_ALIASES, { ownerId: award.id, alias: 'the tdp', actor: 'user:2' })).toThrow(
      // The alias as stored, not as typed again.
      'The Test Documentary Prize is already known as “The TDP”.',
    );
    expect(() =>
      addAlias(db, AWARD_ALIASES, { ownerId: award.id, alias: 'test documentary prize', actor: 'user:2' }),
    ).toThrow('The Test Documentary Prize is already known as “Test Documentary Prize”.');
    expect(() => addAlias(db, AWARD_ALIASES, { ownerId: award.id, alias: 'IDA awards', actor: 'user:2' })).toThrow(
      '“IDA awards” already names the IDA Documentary Awards.',
    );
    removeAlias(db, AWARD_ALIASES, { ownerId: award.id, aliasId: row.id, actor: 'user:2' });
    expect(aliasesOf(db, award.id)).toEqual([]);
    expect(auditActions(db).filter((action) => action.startsWith('award.alias'))).toEqual([
      'award.alias.add',
      'award.alias.remove',
    ]);
  });

  it('keep the old name when the award is renamed, so search and announcements still find it', async () => {
    const db = setup();
    const award = createAward(db, { fields: blank, aliases: [], actor: 'user:1' });
    updateAward(db, {
      awardId: award.id,
      expectedVersion: 1,
      fields: { ...blank, name: 'Test Documentary Awards' },
      actor: 'user:2',
    });
    expect(aliasesOf(db, award.id)).toEqual(['Test Documentary Prize']);
    const found = await searchNames(db, parseSearchText('documentary prize'));
    expect(found.awards.hits.map((hit) => hit.name)).toEqual(['Test Documentary Awards']);
  });
});
