'use server';
// The Server Actions of a nomination's edit page: save its wording, add or remove a film or person,
// change its status (through changeStatus, with a source or note), and, for admins, delete it. Each is
// built through guardedAction (session, role, zod) before anything here runs; the writes and their version
// checks and audit entries are db/queries/nomination-edits.ts, nomination-status-edit.ts and
// nomination-delete.ts.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { deleteNomination } from '@/db/queries/nomination-delete';
import { updateNominationDetails, updateNominationMembers } from '@/db/queries/nomination-edits';
import { lookUpFilm, lookUpPerson } from '@/db/queries/nomination-member-lookup';
import { changeStatusFromEditor } from '@/db/queries/nomination-status-edit';
import { STATUS_LABELS } from '@/db/rules/status';
import { NOMINATION_FIELD_LABELS, refusedNominationEdit, toFormValues } from './nomination-edit-results';
import {
  deleteNominationSchema,
  nominationDetailsSchema,
  nominationMemberSchema,
  nominationStatusSchema,
} from './nomination-edit-schema';

/** The edit page and the results screen show what is saved now; public pages refresh by themselves. */
function refreshPages(): void {
  revalidatePath('/admin/nominations/[nomination]', 'page');
  revalidatePath('/admin/results/[award]/[edition]', 'page');
}

export const updateNominationAction = guardedAction(
  'editor',
  nominationDetailsSchema,
  async ({ nominationId, expectedVersion, ...changes }, user) => {
    refreshPages();
    try {
      const { changed } = updateNominationDetails(getDb(), {
        nominationId,
        expectedVersion,
        changes,
        actor: actorOf(user),
      });
      return {
        ok: true as const,
        message: changed.length
          ? `Saved: ${changed.map((field) => NOMINATION_FIELD_LABELS[field].toLowerCase()).join(', ')}.`
          : 'Nothing was different from what is saved, so nothing changed.',
      };
    } catch (error) {
      return refusedNominationEdit(error, toFormValues({ nominationId, expectedVersion, ...changes }));
    }
  },
  'updateNominationAction',
);

export const nominationMemberAction = guardedAction(
  'editor',
  nominationMemberSchema,
  async (input, user) => {
    refreshPages();
    const db = getDb();
    const base = { nominationId: input.nominationId, expectedVersion: input.expectedVersion, actor: actorOf(user) };
    try {
      if (input.intent === 'add-film' || input.intent === 'add-person') {
        const isFilm = input.intent === 'add-film';
        const id = isFilm ? lookUpFilm(db, input.filmTitle) : lookUpPerson(db, input.personName);
        const { changed, alsoNamedBy } = updateNominationMembers(db, {
          ...base,
          kind: isFilm ? 'films' : 'people',
          change: (ids) => (ids.includes(id) ? ids : [...ids, id]),
        });
        const what = isFilm ? 'film' : 'person';
        const also = alsoNamedBy
          ? ` Another nomination of this category names this ${what} too: check it is not the same nominee recorded twice.`
          : '';
        return {
          ok: true as const,
          message: changed
            ? `${isFilm ? 'Film' : 'Person'} added.${also}`
            : `That ${what} is already on this nomination.`,
        };
      }
      const kind = input.intent === 'remove-film' ? 'films' : 'people';
      updateNominationMembers(db, { ...base, kind, change: (ids) => ids.filter((id) => id !== input.memberId) });
      return { ok: true as const, message: `${kind === 'films' ? 'Film' : 'Person'} removed.` };
    } catch (error) {
      return refusedNominationEdit(error, toFormValues(input));
    }
  },
  'nominationMemberAction',
);

export const changeNominationStatusAction = guardedAction(
  'editor',
  nominationStatusSchema,
  async (input, user) => {
    refreshPages();
    // A refused transition is a StatusChangeError: guardedAction shows the rule's own message.
    const nomination = changeStatusFromEditor(getDb(), {
      nominationId: input.nominationId,
      expectedVersion: input.expectedVersion,
      to: input.to,
      occurredOn: input.occurredOn,
      note: input.note,
      source: input.sourceUrl
        ? { url: input.sourceUrl, title: input.sourceTitle, publisher: input.sourcePublisher }
        : null,
      actor: actorOf(user),
    });
    return { ok: true as const, message: `Status changed to ${STATUS_LABELS[nomination.status].toLowerCase()}.` };
  },
  'changeNominationStatusAction',
);

/**
 * Deleting a nomination recorded by mistake: admins only, with the box ticked. Afterwards the editor is
 * on the results screen of its edition, which no longer lists it and says what was deleted.
 */
export const deleteNominationAction = guardedAction(
  'admin',
  deleteNominationSchema,
  async ({ nominationId, expectedVersion, returnTo }, user) => {
    refreshPages();
    const { auditId } = deleteNomination(getDb(), { nominationId, expectedVersion, actor: actorOf(user) });
    redirect(`${returnTo}?deleted=${auditId}`);
  },
  'deleteNominationAction',
);
