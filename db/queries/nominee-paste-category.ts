// The category a pasted list goes into, as the paste screen names it: the category, its edition and
// award (for the heading and links), its description (which the list may make untrue: "only the winner
// is recorded here"), and whether it is a documentary category (new films created from
// the paste take that flag, as the seeds and importers do for the films they find in such categories).
import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, canonicalCategories, categories, editions } from '../schema';

export interface PasteCategory {
  id: number;
  name: string;
  /** Its address among the edition's categories (the edit page's). */
  slug: string;
  /** What the public edition page says of the category, or null. */
  description: string | null;
  editionName: string;
  editionSlug: string;
  awardSlug: string;
  awardName: string;
  isDocumentary: boolean;
  /** When the category was closed on the results screen (its results final), or null while it is open. */
  closedAt: string | null;
}

export function getPasteCategory(tx: Executor, categoryId: number): PasteCategory | undefined {
  const row = tx
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      description: categories.description,
      editionName: editions.name,
      editionSlug: editions.slug,
      awardSlug: awards.slug,
      awardName: awards.name,
      isDocumentary: canonicalCategories.isDocumentary,
      closedAt: categories.closedAt,
    })
    .from(categories)
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .where(eq(categories.id, categoryId))
    .get();
  return row ? { ...row, isDocumentary: row.isDocumentary ?? false } : undefined;
}
