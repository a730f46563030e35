// Creating and editing an award from the admin pages. A new award's slug comes from its name (uniqueSlug);
// a name or alias that folds to one an award already has (its name or an alias) is refused with a field
// message naming that award, because two records of one award split its history. An edit carries the
// version its form loaded; a save on an older one merges with what was saved since, and is refused, with
// what the other person saved, only for a field both changed.
// Each write and its audit entries share one writeTransaction; the slug never changes on an edit.
import { and, eq, ne } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { foldText } from '../rules/text';
import { awardAliases, awards, type Award, type AwardKind } from '../schema';
import { recordAudit } from './audit';
import { ConflictError, FieldValidationError } from './film-edit-errors';
import { organizationName, resolveOrganization } from './organization-picks';
import { planVersionedSave } from './saved-versions';
import { uniqueSlug } from './slugs';

export { ConflictError, FieldValidationError } from './film-edit-errors';

export const AWARD_EDIT_FIELDS = ['name', 'shortName', 'kind', 'organizationId', 'url', 'description'] as const;
export type AwardEditField = (typeof AWARD_EDIT_FIELDS)[number];

/** The award's fields as a validated form gives them; a new organization is named rather than picked. */
export interface AwardFields {
  name: string;
  shortName: string | null;
  kind: AwardKind;
  organizationId: number | null;
  newOrganization: string | null;
  url: string | null;
  description: string | null;
}

export function createAward(db: Executor, input: { fields: AwardFields; aliases: string[]; actor: string }): Award {
  return writeTransaction(db, (tx) => {
    checkNamesFree(tx, null, input.fields.name, input.aliases);
    const organizationId = resolveOrganization(tx, input.fields, input.actor);
    const { newOrganization: _named, ...fields } = input.fields;
    const award = tx
      .insert(awards)
      .values({ ...fields, organizationId, slug: uniqueSlug(tx, awards, awards.slug, fields.name) })
      .returning()
      .get();
    const aliases = distinctAliases(fields.name, input.aliases);
    for (const alias of aliases)
      tx.insert(awardAliases)
        .values({ awardId: award.id, alias, folded: foldText(alias) })
        .run();
    recordAudit(tx, {
      actor: input.actor,
      action: 'award.create',
      entityType: 'award',
      entityId: award.id,
      after: { ...award, aliases },
    });
    return award;
  });
}

export interface UpdateAwardInput {
  awardId: number;
  expectedVersion: number;
  fields: AwardFields;
  actor: string;
}

/**
 * Saves the edited fields; returns the award and the fields that changed (none: nothing was written). A
 * save made on an older version writes the fields this editor changed and keeps those someone else saved
 * since; it is refused only where both changed a field (planEdit, with the starting point read back from
 * the audit log), or, when the log cannot tell that starting point, wherever the two differ.
 */
export function updateAward(db: Executor, input: UpdateAwardInput): { award: Award; changed: AwardEditField[] } {
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(awards).where(eq(awards.id, input.awardId)).get();
    if (!current) throw new FieldValidationError('This award no longer exists.', {});
    // A new organization named in the form is made here; a refused save undoes it with everything else.
    const submitted = { ...input.fields, organizationId: resolveOrganization(tx, input.fields, input.actor) };
    const changed = planVersionedSave(tx, 'award', AWARD_EDIT_FIELDS, current, submitted, input.expectedVersion, {
      message: 'Someone else saved this award after you opened it, so nothing was saved.',
      describe: (change) =>
        change.field === 'organizationId'
          ? {
              ...change,
              theirs: organizationName(tx, current.organizationId),
              yours: organizationName(tx, submitted.organizationId),
            }
          : change,
    });
    if (!changed.length) return { award: current, changed };
    if (changed.includes('name') && foldText(submitted.name) !== foldText(current.name))
      checkNamesFree(tx, current.id, submitted.name, []);
    const before = Object.fromEntries(changed.map((field) => [field, current[field]]));
    const after = Object.fromEntries(changed.map((field) => [field, submitted[field]]));
    const award = tx
      .update(awards)
      .set({ ...after, version: current.version + 1 })
      .where(and(eq(awards.id, current.id), eq(awards.version, current.version)))
      .returning()
      .get();
    // BEGIN IMMEDIATE holds the write lock since the read above; kept as a backstop.
    if (!award)
      throw new ConflictError(
        'Someone else saved this award at the same moment; nothing was saved.',
        [],
        current.version,
      );
    // The old name stays an alias, so an announcement (or a reader) using it still finds the award.
    const keptName =
      changed.includes('name') && foldText(current.name) !== foldText(award.name)
        ? tx
            .insert(awardAliases)
            .values({ awardId: current.id, alias: current.name, folded: foldText(current.name) })
            .onConflictDoNothing()
            .returning()
            .get()
        : undefined;
    recordAudit(tx, {
      actor: input.actor,
      action: 'award.update',
      entityType: 'award',
      entityId: current.id,
      before: { ...before, version: current.version },
      after: { ...after, version: award.version, ...(keptName ? { aliasAdded: keptName.alias } : {}) },
    });
    return { award, changed };
  });
}

/**
 * The name of the award (other than `selfId`) whose name or an alias folds as a value does: two awards
 * cannot answer to one name, or an announcement naming it could not say which it means.
 */
export function otherAwardNamed(tx: Executor, selfId: number | null): (value: string) => string | undefined {
  const others = tx
    .select({ id: awards.id, name: awards.name })
    .from(awards)
    .where(selfId === null ? undefined : ne(awards.id, selfId))
    .all();
  const otherAliases = tx
    .select({ folded: awardAliases.folded, awardName: awards.name })
    .from(awardAliases)
    .innerJoin(awards, eq(awards.id, awardAliases.awardId))
    .where(selfId === null ? undefined : ne(awards.id, selfId))
    .all();
  return (value) => {
    const folded = foldText(value);
    return (
      others.find((award) => foldText(award.name) === folded)?.name ??
      otherAliases.find((alias) => alias.folded === folded)?.awardName
    );
  };
}

/** Refuses a name (or alias) that folds to the name or an alias of another award, naming that award. */
function checkNamesFree(tx: Executor, selfId: number | null, name: string, aliases: string[]): void {
  const holderOf = otherAwardNamed(tx, selfId);
  const errors: Record<string, string[]> = {};
  const nameHolder = holderOf(name);
  if (nameHolder) errors.name = [`“${nameHolder}” already has this name (or an alias like it).`];
  const aliasErrors = aliases.flatMap((alias) => {
    const holder = holderOf(alias);
    return holder ? [`“${alias}” already names “${holder}”.`] : [];
  });
  if (aliasErrors.length) errors.aliases = aliasErrors;
  if (errors.name) throw new FieldValidationError('This award is already in the catalogue.', errors);
  // Only an alias is taken: the award itself is new, so the message says what to change.
  if (errors.aliases)
    throw new FieldValidationError('An alias already names another award: change or remove it.', errors);
}

/** The aliases once each (the first spelling kept), without one that is only the name written again. */
function distinctAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([foldText(name)]);
  return aliases.filter((alias) => {
    const folded = foldText(alias);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}
