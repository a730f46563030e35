'use server';
// The Server Action of the new edition form. guardedAction checks the session and the editor role and
// validates every field with the schemas of the edition edit form (db/queries/edition-fields.ts), the
// name excepted: left empty, it is made from the award's. The write is db/queries/edition-create.ts.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { refusedSave } from '@/app/admin/awards/edit-refusals';
import { getDb } from '@/db/client';
import { createEdition, type NewEditionFields } from '@/db/queries/edition-create';
import { EDITION_FIELD_LABELS, EDITION_FIELDS, editionFieldSchemas } from '@/db/queries/edition-fields';

const newEditionSchema = z.object({
  awardId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  ...editionFieldSchemas,
  name: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null),
    z.string().max(200, 'Keep the name under 200 characters.').nullable(),
  ),
  // An unticked checkbox sends nothing at all: that means "no".
  resultsComplete: z.preprocess((value) => value ?? false, editionFieldSchemas.resultsComplete),
});

export const createEditionAction = guardedAction(
  'editor',
  newEditionSchema,
  async ({ awardId, ...input }, user) => {
    const fields = Object.fromEntries(EDITION_FIELDS.map((field) => [field, input[field]])) as NewEditionFields;
    let path: string;
    try {
      const edition = createEdition(getDb(), { awardId, fields, actor: actorOf(user) });
      path = `/admin/editions/${edition.awardSlug}/${encodeURIComponent(edition.slug)}`;
    } catch (error) {
      const values = Object.fromEntries(
        Object.entries(fields).map(([key, value]) => [
          key,
          value === null ? '' : value === true ? 'on' : String(value),
        ]),
      );
      return refusedSave(error, { ...values, awardId: String(awardId) }, EDITION_FIELD_LABELS);
    }
    revalidatePath('/admin/awards/[award]', 'page');
    redirect(path);
  },
  'createEditionAction',
);
