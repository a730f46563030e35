'use server';
// Creating a person or company by hand, through guardedAction (session, editor role, zod); ids already
// held by someone else are refused beside their field, and someone of the same name is shown instead of
// created until the editor ticks "create anyway". The editor lands on the new person's edit page.
import { redirect } from 'next/navigation';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { createPerson } from '@/db/queries/person-edits';
import { toFormValues } from '@/app/_lib/opened-values';
import { refusedEdit } from '../../films/[film]/film-edit-results';
import { newPersonSchema, PERSON_FIELD_LABELS } from '../person-schema';

export const createPersonAction = guardedAction(
  'editor',
  newPersonSchema,
  async ({ createAnyway, ...person }, user) => {
    let result;
    try {
      result = createPerson(getDb(), { person, confirmDuplicate: createAnyway, actor: actorOf(user) });
    } catch (error) {
      return refusedEdit(error, toFormValues(person), PERSON_FIELD_LABELS);
    }
    if ('created' in result) redirect(`/admin/people/${encodeURIComponent(result.created.slug)}?created=1`);
    return {
      ok: false as const,
      message:
        'Someone of this name is already in the catalogue: check it is not the one you mean, ' +
        'then tick “create anyway” to add someone else of the same name.',
      fieldErrors: {
        createAnyway: result.sameName.map((p) => (p.kind === 'company' ? `${p.name} (company)` : p.name)),
      },
      // The slugs of the people above, in the same order, so the form can link to each.
      values: { ...toFormValues(person), sameNameSlugs: result.sameName.map((p) => p.slug).join(' ') },
    };
  },
  'createPersonAction',
);
