'use server';
// The Server Actions of a person's edit page: save the details (with the version check), add an alias,
// remove one. Each is built through guardedAction (session, editor role, zod); the writes, their version
// check and audit entries are db/queries/person-edits.ts.
import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { findPeopleByName } from '@/db/queries/person-edits';
import { addAlias, PERSON_ALIASES, removeAlias } from '@/db/queries/alias-edits';
import { updatePerson } from '@/db/queries/person-edits';
import { refusedFormValues } from '@/app/_lib/opened-values';
import { refusedEdit } from '../../films/[film]/film-edit-results';
import {
  addPersonAliasSchema,
  PERSON_FIELD_LABELS,
  personDetailsSchema,
  removePersonAliasSchema,
} from '../person-schema';

function refreshEditPage(): void {
  revalidatePath('/admin/people/[person]', 'page');
}

export const updatePersonAction = guardedAction(
  'editor',
  personDetailsSchema,
  async ({ personId, expectedVersion, opened, ...changes }, user) => {
    refreshEditPage();
    try {
      const { changed } = updatePerson(getDb(), { personId, expectedVersion, changes, opened, actor: actorOf(user) });
      return {
        ok: true as const,
        message: changed.length
          ? `Saved: ${changed.map((field) => PERSON_FIELD_LABELS[field].toLowerCase()).join(', ')}.`
          : 'Nothing was different from what is saved, so nothing changed.',
      };
    } catch (error) {
      return refusedEdit(
        error,
        refusedFormValues({ personId, expectedVersion, ...changes }, opened),
        PERSON_FIELD_LABELS,
      );
    }
  },
  'updatePersonAction',
);

export const addPersonAliasAction = guardedAction(
  'editor',
  addPersonAliasSchema,
  async ({ personId, alias }, user) => {
    refreshEditPage();
    try {
      const row = addAlias(getDb(), PERSON_ALIASES, { ownerId: personId, alias, actor: actorOf(user) });
      // A namesake is no reason to refuse, but worth saying: a search or a paste by that name now finds both.
      const others = findPeopleByName(getDb(), row.alias).filter((person) => person.id !== personId);
      const namesakes = others.length
        ? ` ${others.map((person) => person.name).join(', ')} ${others.length === 1 ? 'is' : 'are'} also called that: a search or a paste of this name now finds ${others.length === 1 ? 'both' : 'all of them'}.`
        : '';
      return { ok: true as const, message: `Alias “${row.alias}” added.${namesakes}` };
    } catch (error) {
      return refusedEdit(error, { personId: String(personId), alias });
    }
  },
  'addPersonAliasAction',
);

export const removePersonAliasAction = guardedAction(
  'editor',
  removePersonAliasSchema,
  async (input, user) => {
    refreshEditPage();
    const row = removeAlias(getDb(), PERSON_ALIASES, {
      ownerId: input.personId,
      aliasId: input.aliasId,
      actor: actorOf(user),
    });
    return { ok: true as const, message: `Alias “${row.alias}” removed.` };
  },
  'removePersonAliasAction',
);
