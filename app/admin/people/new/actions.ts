'use server';
// Creating a person or company by hand, through guardedAction (session, editor role, zod); ids already
// held by someone else are refused beside their field. The editor lands on the new person's edit page.
import { redirect } from 'next/navigation';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { createPerson } from '@/db/queries/person-edits';
import { toFormValues } from '@/app/_lib/opened-values';
import { refusedEdit } from '../../films/[film]/film-edit-results';
import { PERSON_FIELD_LABELS, personFieldsSchema } from '../person-schema';

export const createPersonAction = guardedAction(
  'editor',
  personFieldsSchema,
  async (person, user) => {
    let slug: string;
    try {
      slug = createPerson(getDb(), { person, actor: actorOf(user) }).slug;
    } catch (error) {
      return refusedEdit(error, toFormValues(person), PERSON_FIELD_LABELS);
    }
    redirect(`/admin/people/${encodeURIComponent(slug)}`);
  },
  'createPersonAction',
);
