// Names for what a merge preview lists: each nomination as "award · edition · category" with its status,
// read before the merge (the preview itself was rolled back, so every id still exists).
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, categories, editions, nominations } from '../schema';

export interface NominationLabel {
  id: number;
  award: string;
  edition: string;
  category: string;
  status: (typeof nominations.$inferSelect)['status'];
}

export async function labelNominations(db: Executor, ids: readonly number[]): Promise<Map<number, NominationLabel>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: nominations.id,
      award: awards.name,
      edition: editions.name,
      category: categories.name,
      status: nominations.status,
    })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(inArray(nominations.id, [...ids]))
    .orderBy(asc(editions.year), asc(categories.position))
    .all();
  return new Map(rows.map((row) => [row.id, row]));
}
