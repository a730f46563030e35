// What the admin category pages read: an edition's categories in their order, with the canonical
// category each is linked to, and one category as its edit form loads it.
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { canonicalCategories, categories } from '../schema';

/**
 * An edition's categories as its admin page lists them, in the order of the public edition page and the
 * results screen: by position, two at one position first added first.
 */
export async function listCategoriesForEdit(db: Executor, editionId: number) {
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      position: categories.position,
      closedAt: categories.closedAt,
      canonicalName: canonicalCategories.name,
    })
    .from(categories)
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .where(eq(categories.editionId, editionId))
    .orderBy(asc(categories.position), asc(categories.id))
    .all();
}

/** One category of an edition as its edit form loads it, with the version a save must send back. */
export async function getCategoryForEdit(db: Executor, editionId: number, slug: string) {
  return db
    .select()
    .from(categories)
    .where(and(eq(categories.editionId, editionId), eq(categories.slug, slug)))
    .get();
}
