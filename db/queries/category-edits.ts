// Adding a category to an edition and editing one, from the admin edition page. A category name that
// folds to one the edition already has is refused beside the name; the canonical link is resolved by
// canonical-picks.ts (an existing one of the award's, or a new one). An edit carries the version its form
// loaded; a stale one merges with what was saved since, refused only for a field both people changed.
// The slug is made once, from the name, unique within the edition, and never changes afterwards, so links
// to the category keep working.
import { and, eq, ne } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { foldText, slugify } from '../rules/text';
import { categories, editions, type Category } from '../schema';
import { recordAudit } from './audit';
import { canonicalName, resolveCanonical, type CanonicalPick } from './canonical-picks';
import { ConflictError, FieldValidationError } from './film-edit-errors';
import { planVersionedSave } from './saved-versions';

export const CATEGORY_EDIT_FIELDS = ['name', 'canonicalCategoryId', 'description', 'position'] as const;
export type CategoryEditField = (typeof CATEGORY_EDIT_FIELDS)[number];

export interface CategoryFields extends CanonicalPick {
  name: string;
  description: string | null;
  position: number;
}

export function createCategory(
  db: Executor,
  input: { editionId: number; fields: CategoryFields; actor: string },
): Category {
  return writeTransaction(db, (tx) => {
    const edition = tx.select().from(editions).where(eq(editions.id, input.editionId)).get();
    if (!edition) throw new FieldValidationError('This edition no longer exists.', {});
    checkNameFree(tx, edition.id, null, input.fields.name);
    const canonicalCategoryId = resolveCanonical(tx, edition.awardId, input.fields, input.actor);
    const { name, description, position } = input.fields;
    const row = tx
      .insert(categories)
      .values({
        editionId: edition.id,
        canonicalCategoryId,
        name,
        description,
        position,
        slug: freeSlug(tx, edition.id, name),
      })
      .returning()
      .get();
    recordAudit(tx, {
      actor: input.actor,
      action: 'category.create',
      entityType: 'category',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export interface UpdateCategoryInput {
  categoryId: number;
  expectedVersion: number;
  fields: CategoryFields;
  actor: string;
}

/**
 * Saves the edited fields; returns the category and the fields that changed (none: nothing was written).
 * A save made on an older version merges as an award's does (award-edits.ts, updateAward).
 */
export function updateCategory(
  db: Executor,
  input: UpdateCategoryInput,
): { category: Category; changed: CategoryEditField[] } {
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(categories).where(eq(categories.id, input.categoryId)).get();
    if (!current) throw new FieldValidationError('This category no longer exists.', {});
    const edition = tx
      .select({ awardId: editions.awardId })
      .from(editions)
      .where(eq(editions.id, current.editionId))
      .get()!;
    // A new canonical category named in the form is made here; a refused save undoes it with the rest.
    const submitted = {
      ...input.fields,
      canonicalCategoryId: resolveCanonical(tx, edition.awardId, input.fields, input.actor),
    };
    const changed = planVersionedSave(tx, 'category', CATEGORY_EDIT_FIELDS, current, submitted, input.expectedVersion, {
      message: 'Someone else saved this category after you opened it, so nothing was saved.',
      describe: (change) =>
        change.field === 'canonicalCategoryId'
          ? {
              ...change,
              theirs: canonicalName(tx, current.canonicalCategoryId),
              yours: canonicalName(tx, submitted.canonicalCategoryId),
            }
          : change,
    });
    if (!changed.length) return { category: current, changed };
    if (changed.includes('name') && foldText(submitted.name) !== foldText(current.name))
      checkNameFree(tx, current.editionId, current.id, submitted.name);
    const before = Object.fromEntries(changed.map((field) => [field, current[field]]));
    const after = Object.fromEntries(changed.map((field) => [field, submitted[field]]));
    const category = tx
      .update(categories)
      .set({ ...after, version: current.version + 1 })
      .where(and(eq(categories.id, current.id), eq(categories.version, current.version)))
      .returning()
      .get();
    if (!category)
      throw new ConflictError(
        'Someone else saved this category at the same moment; nothing was saved.',
        [],
        current.version,
      );
    recordAudit(tx, {
      actor: input.actor,
      action: 'category.update',
      entityType: 'category',
      entityId: current.id,
      before: { ...before, version: current.version },
      after: { ...after, version: category.version },
    });
    return { category, changed };
  });
}

function checkNameFree(tx: Executor, editionId: number, selfId: number | null, name: string): void {
  const folded = foldText(name);
  const same = tx
    .select({ name: categories.name })
    .from(categories)
    .where(
      selfId === null
        ? eq(categories.editionId, editionId)
        : and(eq(categories.editionId, editionId), ne(categories.id, selfId)),
    )
    .all()
    .find((row) => foldText(row.name) === folded);
  if (same) {
    throw new FieldValidationError('This edition already has this category.', {
      name: [`This edition already has “${same.name}”.`],
    });
  }
}

/** Slugs are unique per edition only, so the next free "-2", "-3" is found within the edition. */
function freeSlug(tx: Executor, editionId: number, name: string): string {
  const root = slugify(name);
  const taken = new Set(
    tx
      .select({ slug: categories.slug })
      .from(categories)
      .where(eq(categories.editionId, editionId))
      .all()
      .map((row) => row.slug),
  );
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}
