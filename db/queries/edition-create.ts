// Creating an edition of an award from the admin pages, with the fields of the edition edit form
// (edition-fields.ts). Its address is the ordinal ("89th") when there is one, else the awards year
// ("2016"), as the seeded editions are; a taken ordinal or address is refused beside the field that made
// it, naming the edition that holds it. An empty name becomes "89th Academy Awards" or "2016 IDA
// Documentary Awards"; a name another edition of the award has is refused, and an awards year another
// edition has is shown (that edition, most likely the one meant) until the editor confirms a second
// edition of that year. The row and its audit entry share one writeTransaction.
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { dateOrderErrors } from '../rules/edition-phase';
import { ordinalSuffix } from '../rules/text';
import { awards, editions, type Edition } from '../schema';
import { recordAudit } from './audit';
import type { EditionFields } from './edition-fields';
import { FieldValidationError } from './film-edit-errors';

export type NewEditionFields = Omit<EditionFields, 'name'> & { name: string | null };

/** The slug an edition with these fields gets. */
export function editionSlugFor(fields: Pick<EditionFields, 'ordinal' | 'year'>): string {
  return fields.ordinal !== null ? ordinalSuffix(fields.ordinal) : String(fields.year);
}

/** The name an edition gets when none is typed: "89th Academy Awards", or "2016 IDA Documentary Awards". */
export function defaultEditionName(fields: Pick<EditionFields, 'ordinal' | 'year'>, awardName: string): string {
  return `${editionSlugFor(fields)} ${awardName}`;
}

/** An edition of the award in the same awards year, shown before a second one is created. */
export interface SameYearEdition {
  name: string;
  slug: string;
}

export type EditionCreation = { created: Edition & { awardSlug: string } } | { sameYear: SameYearEdition[] };

export function createEdition(
  db: Executor,
  input: { awardId: number; fields: NewEditionFields; actor: string; confirmSameYear?: boolean },
): EditionCreation {
  return writeTransaction(db, (tx) => {
    const award = tx
      .select({ id: awards.id, name: awards.name, slug: awards.slug })
      .from(awards)
      .where(eq(awards.id, input.awardId))
      .get();
    if (!award) throw new FieldValidationError('This award no longer exists.', {});
    const { fields } = input;
    const misordered = dateOrderErrors(fields);
    if (Object.keys(misordered).length) throw new FieldValidationError('These dates are out of order.', misordered);
    const slug = editionSlugFor(fields);
    const holder = tx
      .select({ name: editions.name, slug: editions.slug, ordinal: editions.ordinal })
      .from(editions)
      .where(
        and(
          eq(editions.awardId, award.id),
          fields.ordinal !== null
            ? or(eq(editions.slug, slug), eq(editions.ordinal, fields.ordinal))
            : eq(editions.slug, slug),
        ),
      )
      .get();
    if (holder) {
      const field = fields.ordinal !== null ? 'ordinal' : 'year';
      const message =
        field === 'ordinal'
          ? `${holder.name} already has this ordinal.`
          : `${holder.name} already uses the address “${slug}”: give this edition an ordinal.`;
      throw new FieldValidationError('This edition is already in the catalogue.', { [field]: [message] });
    }
    const name = fields.name ?? defaultEditionName(fields, award.name);
    const namesake = tx
      .select({ slug: editions.slug })
      .from(editions)
      .where(and(eq(editions.awardId, award.id), sql`lower(${editions.name}) = lower(${name})`))
      .get();
    if (namesake) {
      const message = `${name} is already the name of the edition at “${namesake.slug}”: give this edition a name of its own.`;
      throw new FieldValidationError('This edition is already in the catalogue.', { name: [message] });
    }
    if (!input.confirmSameYear) {
      const sameYear = tx
        .select({ name: editions.name, slug: editions.slug })
        .from(editions)
        .where(and(eq(editions.awardId, award.id), eq(editions.year, fields.year)))
        .orderBy(asc(editions.id))
        .all();
      if (sameYear.length) return { sameYear };
    }
    const edition = tx
      .insert(editions)
      .values({ ...fields, name, slug, awardId: award.id })
      .returning()
      .get();
    recordAudit(tx, {
      actor: input.actor,
      action: 'edition.create',
      entityType: 'edition',
      entityId: edition.id,
      after: edition,
    });
    return { created: { ...edition, awardSlug: award.slug } };
  });
}
