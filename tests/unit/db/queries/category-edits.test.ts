// Adding and editing a category of an edition: linked to a canonical category of the award's or to a new
// one, a name already in the edition refused, a canonical of another award refused, a stale edit merged
// with what was saved since or, where both changed a field, refused with theirs and yours, writing
// nothing; each write audited.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCanonicalCategory, ensureEdition } from '@/db/queries/catalogue';
import { createCategory, updateCategory, type CategoryFields } from '@/db/queries/category-edits';
import { auditLog, canonicalCategories, categories } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

const base: CategoryFields = {
  name: 'Best Test Feature',
  canonicalCategoryId: null,
  newCanonicalName: null,
  newCanonicalIsDocumentary: false,
  description: null,
  position: 1,
};

function setup() {
  const { db } = freshDatabase();
  const award = ensureAward(db, { slug: 'test-prize', name: 'Test Prize', kind: 'ceremony' }, 'seed');
  const other = ensureAward(db, { slug: 'other-prize', name: 'Other Prize', kind: 'festival' }, 'seed');
  const edition = ensureEdition(db, { awardId: award.id, slug: '2030', name: '2030 Test Prize', year: 2030 }, 'seed');
  const feature = ensureCanonicalCategory(db, { awardId: award.id, name: 'Best Feature', isDocumentary: true });
  const foreign = ensureCanonicalCategory(db, { awardId: other.id, name: 'Best Short' });
  const actions = () =>
    db
      .select()
      .from(auditLog)
      .all()
      .map((entry) => entry.action);
  return { db, edition, feature, foreign, actions };
}

describe('createCategory', () => {
  it('adds a category linked to a new canonical category, both audited', () => {
    const { db, edition, actions } = setup();
    const category = createCategory(db, {
      editionId: edition.id,
      fields: { ...base, newCanonicalName: 'Best Test Feature', newCanonicalIsDocumentary: true },
      actor: 'user:4',
    });
    const canonical = db
      .select()
      .from(canonicalCategories)
      .where(eq(canonicalCategories.id, category.canonicalCategoryId!))
      .get();
    expect(canonical).toMatchObject({ name: 'Best Test Feature', slug: 'best-test-feature', isDocumentary: true });
    expect(category).toMatchObject({ slug: 'best-test-feature', position: 1, version: 1 });
    expect(actions().slice(-2)).toEqual(['canonical_category.create', 'category.create']);
  });

  it('refuses a name the edition has, a canonical of another award and a new canonical that exists', () => {
    const { db, edition, feature, foreign, actions } = setup();
    createCategory(db, {
      editionId: edition.id,
      fields: { ...base, canonicalCategoryId: feature.id },
      actor: 'user:4',
    });
    const before = actions().length;
    expect(() =>
      createCategory(db, { editionId: edition.id, fields: { ...base, name: 'best test FEATURE' }, actor: 'user:4' }),
    ).toThrow(expect.objectContaining({ fieldErrors: { name: ['This edition already has “Best Test Feature”.'] } }));
    expect(() =>
      createCategory(db, {
        editionId: edition.id,
        fields: { ...base, name: 'Short', canonicalCategoryId: foreign.id },
        actor: 'user:4',
      }),
    ).toThrow(
      expect.objectContaining({
        fieldErrors: { canonicalCategoryId: ['This canonical category is not one of this award’s.'] },
      }),
    );
    expect(() =>
      createCategory(db, {
        editionId: edition.id,
        fields: { ...base, name: 'Feature', newCanonicalName: 'best feature' },
        actor: 'user:4',
      }),
    ).toThrow(
      expect.objectContaining({
        fieldErrors: { newCanonicalName: ['“Best Feature” already exists: pick it in the list instead.'] },
      }),
    );
    expect(db.select().from(categories).all()).toHaveLength(1);
    expect(actions()).toHaveLength(before);
  });
});

describe('updateCategory', () => {
  it('saves the changes and keeps the slug', () => {
    const { db, edition, feature } = setup();
    const category = createCategory(db, { editionId: edition.id, fields: base, actor: 'user:4' });
    const { category: saved, changed } = updateCategory(db, {
      categoryId: category.id,
      expectedVersion: 1,
      fields: { ...base, name: 'Best Test Documentary', canonicalCategoryId: feature.id },
      actor: 'user:5',
    });
    expect(changed).toEqual(['name', 'canonicalCategoryId']);
    expect(saved).toMatchObject({ name: 'Best Test Documentary', slug: 'best-test-feature', version: 2 });
    expect(db.select().from(auditLog).all().at(-1)).toMatchObject({
      action: 'category.update',
      actor: 'user:5',
      before: { name: 'Best Test Feature', canonicalCategoryId: null, version: 1 },
    });
  });

  it('merges a stale save with what was saved since: only the fields this editor changed are written', () => {
    const { db, edition, feature } = setup();
    const category = createCategory(db, { editionId: edition.id, fields: base, actor: 'user:4' });
    const theirs = { ...base, name: 'Best Test Documentary', canonicalCategoryId: feature.id };
    updateCategory(db, { categoryId: category.id, expectedVersion: 1, fields: theirs, actor: 'user:5' });

    // Opened at version 1, this editor changed the position only; the name and canonical link stay theirs.
    const { category: merged, changed } = updateCategory(db, {
      categoryId: category.id,
      expectedVersion: 1,
      fields: { ...base, position: 9 },
      actor: 'user:6',
    });
    expect(changed).toEqual(['position']);
    expect(merged).toMatchObject({
      name: 'Best Test Documentary',
      canonicalCategoryId: feature.id,
      position: 9,
      version: 3,
    });
  });

  it('refuses a stale save only for a field both changed, naming theirs and yours, and writes nothing', () => {
    const { db, edition, feature, actions } = setup();
    const category = createCategory(db, { editionId: edition.id, fields: base, actor: 'user:4' });
    updateCategory(db, {
      categoryId: category.id,
      expectedVersion: 1,
      fields: { ...base, name: 'Best Test Documentary', canonicalCategoryId: feature.id },
      actor: 'user:5',
    });

    const before = actions().length;
    let error: unknown;
    try {
      updateCategory(db, {
        categoryId: category.id,
        expectedVersion: 1,
        fields: { ...base, name: 'Best Documentary Feature', position: 9 },
        actor: 'user:6',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      name: 'ConflictError',
      currentVersion: 2,
      changes: [{ field: 'name', theirs: 'Best Test Documentary', yours: 'Best Documentary Feature' }],
      opened: { name: 'Best Test Feature', canonicalCategoryId: null, position: 1 },
      saved: { name: 'Best Test Documentary', canonicalCategoryId: feature.id, position: 1 },
    });
    expect(db.select().from(categories).where(eq(categories.id, category.id)).get()).toMatchObject({
      position: 1,
      version: 2,
    });
    expect(actions()).toHaveLength(before);
  });

  it('refuses any difference on a stale save when a version since left no audit entry to tell its start', () => {
    const { db, edition } = setup();
    const category = createCategory(db, { editionId: edition.id, fields: base, actor: 'user:4' });
    // A version made outside the update path (no entry): what the form opened with cannot be known.
    db.update(categories)
      .set({ description: 'Changed elsewhere', version: 2 })
      .where(eq(categories.id, category.id))
      .run();
    expect(() =>
      updateCategory(db, {
        categoryId: category.id,
        expectedVersion: 1,
        fields: { ...base, position: 9 },
        actor: 'user:6',
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'ConflictError',
        changes: [
          { field: 'description', theirs: 'Changed elsewhere', yours: null },
          { field: 'position', theirs: 1, yours: 9 },
        ],
      }),
    );
  });
});
