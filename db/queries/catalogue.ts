// The award side of the catalogue: organizations, awards, editions, canonical categories and the
// categories of each edition. "ensure" functions find a record by its natural key or create it, so
// the seed and the importers can run again without duplicating anything.
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { misorderingOf, type EditionDates } from '../rules/edition-phase';
import { foldText, slugify } from '../rules/text';
import {
  awardAliases,
  awards,
  canonicalCategories,
  categories,
  categoryAliases,
  editions,
  organizations,
  type AwardKind,
} from '../schema';
import { recordAudit } from './audit';

export function ensureOrganization(
  tx: Executor,
  input: { slug: string; name: string; shortName?: string | null; url?: string | null },
  actor: string,
) {
  const found = tx.select().from(organizations).where(eq(organizations.slug, input.slug)).get();
  if (found) return found;
  const row = tx.insert(organizations).values(input).returning().get();
  recordAudit(tx, { actor, action: 'organization.create', entityType: 'organization', entityId: row.id, after: row });
  return row;
}

export interface AwardInput {
  slug: string;
  name: string;
  shortName?: string | null;
  kind: AwardKind;
  organizationId?: number | null;
  description?: string | null;
  url?: string | null;
  aliases?: readonly string[];
}

export function ensureAward(tx: Executor, { aliases = [], ...input }: AwardInput, actor: string) {
  let award = tx.select().from(awards).where(eq(awards.slug, input.slug)).get();
  if (!award) {
    award = tx.insert(awards).values(input).returning().get();
    recordAudit(tx, { actor, action: 'award.create', entityType: 'award', entityId: award.id, after: award });
  }
  for (const alias of aliases) {
    tx.insert(awardAliases)
      .values({ awardId: award.id, alias, folded: foldText(alias) })
      .onConflictDoNothing({ target: [awardAliases.awardId, awardAliases.folded] })
      .run();
  }
  return award;
}

export interface EditionInput {
  awardId: number;
  slug: string;
  name: string;
  ordinal?: number | null;
  year: number;
  yearLabel?: string | null;
  submissionsDate?: string | null;
  shortlistDate?: string | null;
  nominationsDate?: string | null;
  ceremonyDate?: string | null;
  datesNote?: string | null;
  venue?: string | null;
  resultsComplete?: boolean;
}

const EDITION_DATE_FIELDS = ['submissionsDate', 'shortlistDate', 'nominationsDate', 'ceremonyDate'] as const;

/** The edition with this slug in its award; a found edition gains dates it lacked. */
export function ensureEdition(tx: Executor, input: EditionInput, actor: string) {
  const found = tx
    .select()
    .from(editions)
    .where(and(eq(editions.awardId, input.awardId), eq(editions.slug, input.slug)))
    .get();
  // A found edition keeps its dates and gains only those it lacked: only a date it gains is checked.
  const gained = EDITION_DATE_FIELDS.filter((field) => input[field] && !found?.[field]);
  const dates = Object.fromEntries(
    EDITION_DATE_FIELDS.map((field) => [field, found?.[field] || input[field] || null]),
  ) as EditionDates;
  const misordered = misorderingOf(dates, gained);
  if (misordered) throw new Error(`Edition ${input.slug}: ${misordered.message}`);
  if (!found) {
    const row = tx.insert(editions).values(input).returning().get();
    recordAudit(tx, { actor, action: 'edition.create', entityType: 'edition', entityId: row.id, after: row });
    return row;
  }
  const patch: Partial<EditionInput> = {};
  for (const field of [...EDITION_DATE_FIELDS, 'datesNote', 'venue'] as const) {
    if (input[field] && !found[field]) patch[field] = input[field];
  }
  if (input.resultsComplete && !found.resultsComplete) patch.resultsComplete = true;
  if (!Object.keys(patch).length) return found;
  // A new version, so an editor's form loaded before this fill-in sees a conflict instead of undoing it.
  const row = tx
    .update(editions)
    .set({ ...patch, version: found.version + 1 })
    .where(eq(editions.id, found.id))
    .returning()
    .get();
  recordAudit(tx, {
    actor,
    action: 'edition.update',
    entityType: 'edition',
    entityId: row.id,
    before: found,
    // With the version it made, as the edit form's saves record it (db/queries/edition-conflicts.ts).
    after: { ...patch, version: row.version },
  });
  return row;
}

export interface CanonicalCategoryInput {
  awardId: number;
  name: string;
  slug?: string;
  groupName?: string | null;
  isDocumentary?: boolean;
  aliases?: readonly string[];
}

export function ensureCanonicalCategory(tx: Executor, { aliases = [], ...input }: CanonicalCategoryInput) {
  const slug = input.slug ?? slugify(input.name);
  let row = tx
    .select()
    .from(canonicalCategories)
    .where(and(eq(canonicalCategories.awardId, input.awardId), eq(canonicalCategories.slug, slug)))
    .get();
  row ??= tx
    .insert(canonicalCategories)
    .values({ ...input, slug, isDocumentary: input.isDocumentary ?? false })
    .returning()
    .get();
  for (const alias of [input.name, ...aliases]) {
    tx.insert(categoryAliases)
      .values({ canonicalCategoryId: row.id, alias, folded: foldText(alias) })
      .onConflictDoNothing({ target: [categoryAliases.canonicalCategoryId, categoryAliases.folded] })
      .run();
  }
  return row;
}

export interface CategoryInput {
  editionId: number;
  name: string;
  slug?: string;
  canonicalCategoryId?: number | null;
  description?: string | null;
  position?: number;
}

export function ensureCategory(tx: Executor, input: CategoryInput, actor: string) {
  const slug = input.slug ?? slugify(input.name);
  const found = tx
    .select()
    .from(categories)
    .where(and(eq(categories.editionId, input.editionId), eq(categories.slug, slug)))
    .get();
  if (found) return found;
  const row = tx
    .insert(categories)
    .values({ ...input, slug })
    .returning()
    .get();
  recordAudit(tx, { actor, action: 'category.create', entityType: 'category', entityId: row.id, after: row });
  return row;
}
