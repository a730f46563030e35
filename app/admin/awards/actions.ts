'use server';
// The Server Actions of the award pages: create an award, save an award's details, add or remove one of
// its aliases. Each is built through
// guardedAction (session, editor role, zod) before anything here runs; the writes, their duplicate and
// version checks and their audit entries are db/queries/award-edits.ts.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { addAlias, AWARD_ALIASES, removeAlias } from '@/db/queries/alias-edits';
import { createAward, updateAward } from '@/db/queries/award-edits';
import {
  addAwardAliasSchema,
  AWARD_FIELD_LABELS,
  awardFormValues,
  createAwardSchema,
  removeAwardAliasSchema,
  toAwardFields,
  updateAwardSchema,
} from './award-schema';
import { refusedSave } from './edit-refusals';

/** A conflict on the organization shows beside the organization picker. */
const formField = (field: string) => (field === 'organizationId' ? 'organization' : field);

export const createAwardAction = guardedAction(
  'editor',
  createAwardSchema,
  async (input, user) => {
    let slug: string;
    try {
      slug = createAward(getDb(), { fields: toAwardFields(input), aliases: input.aliases, actor: actorOf(user) }).slug;
    } catch (error) {
      return refusedSave(error, awardFormValues(input), AWARD_FIELD_LABELS, formField);
    }
    revalidatePath('/admin/awards');
    redirect(`/admin/awards/${encodeURIComponent(slug)}?created=1`);
  },
  'createAwardAction',
);

export const updateAwardAction = guardedAction(
  'editor',
  updateAwardSchema,
  async (input, user) => {
    // The edit page shows what is saved now, after a save or a refusal alike; public pages need no call.
    revalidatePath('/admin/awards/[award]', 'page');
    const values = {
      ...awardFormValues(input),
      awardId: String(input.awardId),
      expectedVersion: String(input.expectedVersion),
    };
    try {
      const { changed } = updateAward(getDb(), {
        awardId: input.awardId,
        expectedVersion: input.expectedVersion,
        fields: toAwardFields(input),
        actor: actorOf(user),
      });
      return {
        ok: true as const,
        message: changed.length
          ? `Saved: ${changed.map((field) => AWARD_FIELD_LABELS[field]!.toLowerCase()).join(', ')}.`
          : 'Nothing was different from what is saved, so nothing changed.',
      };
    } catch (error) {
      return refusedSave(error, values, AWARD_FIELD_LABELS, formField);
    }
  },
  'updateAwardAction',
);

/** Another name the award goes by ("the Oscars"), which search and the matching of announcements know. */
export const addAwardAliasAction = guardedAction(
  'editor',
  addAwardAliasSchema,
  async ({ awardId, alias }, user) => {
    revalidatePath('/admin/awards/[award]', 'page');
    try {
      const row = addAlias(getDb(), AWARD_ALIASES, { ownerId: awardId, alias, actor: actorOf(user) });
      return { ok: true as const, message: `Alias “${row.alias}” added.` };
    } catch (error) {
      return refusedSave(error, { awardId: String(awardId), alias }, AWARD_FIELD_LABELS);
    }
  },
  'addAwardAliasAction',
);

export const removeAwardAliasAction = guardedAction(
  'editor',
  removeAwardAliasSchema,
  async ({ awardId, aliasId }, user) => {
    revalidatePath('/admin/awards/[award]', 'page');
    const row = removeAlias(getDb(), AWARD_ALIASES, { ownerId: awardId, aliasId, actor: actorOf(user) });
    return { ok: true as const, message: `Alias “${row.alias}” removed.` };
  },
  'removeAwardAliasAction',
);
