// Old addresses of merged films and people. When one record is merged into another, the old slug is kept
// here pointing at the survivor, so a shared or bookmarked link leads to the survivor's page (a permanent
// redirect) instead of a 404; redirects that pointed at the merged record follow it to the survivor.
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { films, people, slugRedirects } from '../schema';
import type { MergeEntity } from './merge-nominations';

/** The survivor's current slug for an old slug, or undefined when the slug was never merged away. */
export async function findRedirectSlug(
  db: Executor,
  entity: MergeEntity,
  oldSlug: string,
): Promise<string | undefined> {
  const table = entity === 'film' ? films : people;
  const [row] = await db
    .select({ slug: table.slug })
    .from(slugRedirects)
    .innerJoin(table, eq(table.id, slugRedirects.targetId))
    .where(and(eq(slugRedirects.entityType, entity), eq(slugRedirects.oldSlug, oldSlug)))
    .limit(1);
  return row?.slug;
}

/** Points the merged record's slug, and every redirect that led to it, at the survivor; returns how many moved. */
export function redirectMergedSlug(
  tx: Executor,
  entity: MergeEntity,
  merged: { id: number; slug: string },
  survivorId: number,
): number {
  const repointed = tx
    .update(slugRedirects)
    .set({ targetId: survivorId })
    .where(and(eq(slugRedirects.entityType, entity), eq(slugRedirects.targetId, merged.id)))
    .run().changes;
  tx.insert(slugRedirects)
    .values({ entityType: entity, oldSlug: merged.slug, targetId: survivorId })
    .onConflictDoUpdate({
      target: [slugRedirects.entityType, slugRedirects.oldSlug],
      set: { targetId: survivorId, createdAt: sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` },
    })
    .run();
  return repointed;
}
