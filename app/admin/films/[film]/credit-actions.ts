'use server';
// The Server Actions of a film's credits: add one (the person matched by name, picked among several, or
// created when the editor asks) and remove one. Built through guardedAction (session, editor role, zod);
// the writes and their audit entries are db/queries/credit-edits.ts.
import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { addCreditEdit, removeCreditEdit } from '@/db/queries/credit-edits';
import { toFormValues } from '@/app/_lib/opened-values';
import { refusedEdit } from './film-edit-results';
import { addCreditSchema, removeCreditSchema } from './film-edit-schema';

export const addCreditAction = guardedAction(
  'editor',
  addCreditSchema,
  async (input, user) => {
    revalidatePath('/admin/films/[film]', 'page');
    const values = toFormValues({ ...input, personId: null });
    try {
      const result = addCreditEdit(getDb(), { ...input, actor: actorOf(user) });
      if ('added' in result) {
        return { ok: true as const, message: `${result.added.person.name} added as ${result.added.role}.` };
      }
      return {
        ok: false as const,
        message: `Several people are called “${input.personName}”: pick one, then add the credit again.`,
        fieldErrors: { personId: result.choices.map((p) => `${p.name} (${p.kind}, ${p.slug})`) },
        // The ids of the people above, in the same order, for the form's choice buttons.
        values: { ...values, personChoiceIds: result.choices.map((p) => p.id).join(' ') },
      };
    } catch (error) {
      return refusedEdit(error, values);
    }
  },
  'addCreditAction',
);

export const removeCreditAction = guardedAction(
  'editor',
  removeCreditSchema,
  async (input, user) => {
    revalidatePath('/admin/films/[film]', 'page');
    const row = removeCreditEdit(getDb(), { ...input, actor: actorOf(user) });
    return { ok: true as const, message: `${row.personName} (${row.role}) removed.` };
  },
  'removeCreditAction',
);
