'use server';
// The Server Action of the new edition form. guardedAction checks the session and the editor role and
// validates every field with the schemas of the edition edit form (db/queries/edition-fields.ts), the
// name excepted: left empty, it is made from the award's; dates out of order are listed with any other
// refused field. The write is db/queries/edition-create.ts; an edition of the same awards year is shown
// instead until the editor ticks "create anyway".
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardedAction } from '@/app/_lib/action';
import { idSchema, tickedSchema } from '@/app/_lib/schema-fields';
import { actorOf } from '@/app/_lib/auth';
import { refusedSave } from '@/app/admin/awards/edit-refusals';
import { getDb } from '@/db/client';
import { createEdition, type NewEditionFields } from '@/db/queries/edition-create';
import {
  addDateOrderIssues,
  EDITION_FIELD_LABELS,
  EDITION_FIELDS,
  editionFieldSchemas,
} from '@/db/queries/edition-fields';

const newEditionSchema = z
  .object({
    awardId: idSchema,
    ...editionFieldSchemas,
    name: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null),
      z.string().max(200, 'Keep the name under 200 characters.').nullable(),
    ),
    // An unticked checkbox sends nothing at all: that means "no".
    resultsComplete: z.preprocess((value) => value ?? false, editionFieldSchemas.resultsComplete),
    createAnyway: tickedSchema,
  })
  .superRefine(addDateOrderIssues, { when: () => true });

export const createEditionAction = guardedAction(
  'editor',
  newEditionSchema,
  async ({ awardId, createAnyway, ...input }, user) => {
    const fields = Object.fromEntries(EDITION_FIELDS.map((field) => [field, input[field]])) as NewEditionFields;
    const values = {
      ...Object.fromEntries(
        Object.entries(fields).map(([key, value]) => [
          key,
          value === null ? '' : value === true ? 'on' : String(value),
        ]),
      ),
      awardId: String(awardId),
    };
    let result;
    try {
      result = createEdition(getDb(), { awardId, fields, actor: actorOf(user), confirmSameYear: createAnyway });
    } catch (error) {
      return refusedSave(error, values, EDITION_FIELD_LABELS);
    }
    if ('sameYear' in result) {
      return {
        ok: false as const,
        message:
          `An edition of this award in ${fields.year} is already in the catalogue: check it is not the one you mean, ` +
          'then tick “create anyway” to add another edition of that year.',
        fieldErrors: { createAnyway: result.sameYear.map((edition) => edition.name) },
        // The addresses of the editions above, in the same order, so the form can link to each.
        values: { ...values, sameYearSlugs: result.sameYear.map((edition) => edition.slug).join(' ') },
      };
    }
    const { created } = result;
    revalidatePath('/admin/awards/[award]', 'page');
    redirect(`/admin/editions/${created.awardSlug}/${encodeURIComponent(created.slug)}`);
  },
  'createEditionAction',
);
