// The canonical category a category form links to: none, one of the award's own (checked to belong to
// it), or a new one named in the form. A new name that folds to one the award already has is refused with
// a field message, so one category's history is not split over two canonical records.
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { foldText, slugify } from '../rules/text';
import { canonicalCategories, categoryAliases } from '../schema';
import { recordAudit } from './audit';
import { FieldValidationError } from './film-edit-errors';

export interface CanonicalPick {
  canonicalCategoryId: number | null;
  newCanonicalName: string | null;
  newCanonicalIsDocumentary: boolean;
}

export function resolveCanonical(tx: Executor, awardId: number, pick: CanonicalPick, actor: string): number | null {
  if (pick.newCanonicalName)
    return createCanonical(tx, awardId, pick.newCanonicalName, pick.newCanonicalIsDocumentary, actor);
  if (pick.canonicalCategoryId === null) return null;
  const found = tx
    .select({ id: canonicalCategories.id })
    .from(canonicalCategories)
    .where(and(eq(canonicalCategories.id, pick.canonicalCategoryId), eq(canonicalCategories.awardId, awardId)))
    .get();
  if (!found) {
    throw new FieldValidationError('Pick a canonical category from the list.', {
      canonicalCategoryId: ['This canonical category is not one of this award’s.'],
    });
  }
  return found.id;
}

function createCanonical(tx: Executor, awardId: number, name: string, isDocumentary: boolean, actor: string): number {
  const folded = foldText(name);
  const existing = tx
    .select({ name: canonicalCategories.name })
    .from(canonicalCategories)
    .where(eq(canonicalCategories.awardId, awardId))
    .all();
  const same = existing.find((row) => foldText(row.name) === folded);
  if (same) {
    throw new FieldValidationError('This canonical category already exists.', {
      newCanonicalName: [`“${same.name}” already exists: pick it in the list instead.`],
    });
  }
  const row = tx
    .insert(canonicalCategories)
    .values({ awardId, name, slug: freeCanonicalSlug(tx, awardId, slugify(name)), isDocumentary })
    .returning()
    .get();
  tx.insert(categoryAliases).values({ canonicalCategoryId: row.id, alias: name, folded }).run();
  recordAudit(tx, {
    actor,
    action: 'canonical_category.create',
    entityType: 'canonical_category',
    entityId: row.id,
    after: row,
  });
  return row.id;
}

/** Canonical slugs are unique per award only, so the next free "-2", "-3" is found within the award. */
function freeCanonicalSlug(tx: Executor, awardId: number, root: string): string {
  const taken = new Set(
    tx
      .select({ slug: canonicalCategories.slug })
      .from(canonicalCategories)
      .where(eq(canonicalCategories.awardId, awardId))
      .all()
      .map((row) => row.slug),
  );
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

/** A canonical category's name, for a conflict message. */
export function canonicalName(tx: Executor, id: number | null): string | null {
  if (id === null) return null;
  return (
    tx.select({ name: canonicalCategories.name }).from(canonicalCategories).where(eq(canonicalCategories.id, id)).get()
      ?.name ?? null
  );
}
