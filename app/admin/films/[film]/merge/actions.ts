'use server';
// Merging a duplicate film into the one whose merge page it is. Built through guardedAction (session, editor
// role, zod); the merge, its version checks and its audit entry are db/queries/merge-films.ts. A refusal
// (stale preview, different IMDb ids) comes back as a message; success leads to the kept film's edit page.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { mergeFilm } from '@/db/queries/merge-films';
import { mergeSchema } from '@/app/admin/_merge/merge-schema';

export const mergeFilmAction = guardedAction(
  'editor',
  mergeSchema,
  async (input, user) => {
    const summary = mergeFilm(getDb(), { ...input, actor: actorOf(user) });
    revalidatePath('/admin/films/[film]', 'layout');
    redirect(`/admin/films/${encodeURIComponent(summary.survivor.slug)}?merged=${summary.auditId}`);
  },
  'mergeFilmAction',
);
