// What the admin award pages read: every award with its number of editions (the list), and one award with
// its aliases, editions and canonical categories (its edit page), plus the organizations a form offers.
import { asc, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { awardAliases, awards, canonicalCategories, editions, organizations } from '../schema';

export async function listAwardsForAdmin(db: Executor) {
  return db
    .select({ slug: awards.slug, name: awards.name, kind: awards.kind, editionCount: count(editions.id) })
    .from(awards)
    .leftJoin(editions, eq(editions.awardId, awards.id))
    .groupBy(awards.id)
    .orderBy(asc(awards.name))
    .all();
}

export async function listOrganizationChoices(db: Executor) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.name))
    .all();
}

/** The award as its edit page loads it, with the version a save must send back. */
export async function getAwardForEdit(db: Executor, slug: string) {
  const award = await db.select().from(awards).where(eq(awards.slug, slug)).get();
  if (!award) return undefined;
  const aliases = await db
    .select({ id: awardAliases.id, alias: awardAliases.alias })
    .from(awardAliases)
    .where(eq(awardAliases.awardId, award.id))
    .orderBy(asc(awardAliases.id))
    .all();
  const editionRows = await db
    .select({ slug: editions.slug, name: editions.name, year: editions.year, ceremonyDate: editions.ceremonyDate })
    .from(editions)
    .where(eq(editions.awardId, award.id))
    .orderBy(desc(editions.year), desc(editions.ordinal))
    .all();
  return {
    ...award,
    aliases: aliases.map((row) => ({ ...row, kind: null })),
    editions: editionRows,
    canonical: await listCanonicalChoices(db, award.id),
  };
}

/** An award's canonical categories, as a category form offers them and the award page lists them. */
export async function listCanonicalChoices(db: Executor, awardId: number) {
  return db
    .select({
      id: canonicalCategories.id,
      name: canonicalCategories.name,
      isDocumentary: canonicalCategories.isDocumentary,
    })
    .from(canonicalCategories)
    .where(eq(canonicalCategories.awardId, awardId))
    .orderBy(asc(canonicalCategories.name))
    .all();
}
