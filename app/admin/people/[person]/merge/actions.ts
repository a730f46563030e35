'use server';
// Merging a duplicate person into the one whose merge page it is. Built through guardedAction (session,
// editor role, zod); the merge, its version checks and its audit entry are db/queries/merge-people.ts. A
// refusal comes back as a message; success leads to the kept person's edit page.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { mergePerson } from '@/db/queries/merge-people';
import { mergeSchema } from '@/app/admin/_merge/merge-schema';

export const mergePersonAction = guardedAction(
  'editor',
  mergeSchema,
  async (input, user) => {
    const summary = mergePerson(getDb(), { ...input, actor: actorOf(user) });
    revalidatePath('/admin/people/[person]', 'layout');
    redirect(`/admin/people/${encodeURIComponent(summary.survivor.slug)}?merged=${summary.auditId}`);
  },
  'mergePersonAction',
);
