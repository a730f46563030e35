// Editions as the admin home lists them: every edition with a known ceremony date, newest first, with what
// the desk needs to pick one on ceremony night (its name, which says the award, its date, and whether its
// results are complete).
import { desc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, editions } from '../schema';

export async function listEditionsWithCeremony(db: Executor) {
  return db
    .select({
      id: editions.id,
      slug: editions.slug,
      name: editions.name,
      ceremonyDate: editions.ceremonyDate,
      resultsComplete: editions.resultsComplete,
      awardSlug: awards.slug,
    })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(isNotNull(editions.ceremonyDate))
    .orderBy(desc(editions.ceremonyDate), editions.name);
}
