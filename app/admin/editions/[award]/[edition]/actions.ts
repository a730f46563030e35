'use server';
// The Server Action of the edition edit form. guardedAction checks the session and the editor role and
// validates every field with the schemas of db/queries/edition-fields.ts before anything here runs; the
// write is db/queries/edition-edits.ts (one transaction with its audit entry, refused when stale).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { idSchema } from '@/app/_lib/schema-fields';
import { guardedAction, type ActionResult } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { fieldsAfterConflict } from '@/db/queries/edition-conflicts';
import { ConflictError, updateEdition, ValidationError } from '@/db/queries/edition-edits';
import type { ClosedByCompletion } from '@/db/queries/results';
import { EDITION_FIELDS, editionFieldSchemas, type EditionFields } from '@/db/queries/edition-fields';
import { editionFormValues } from './form-values';

const editEditionSchema = z.object({
  editionId: idSchema,
  expectedVersion: idSchema,
  ...editionFieldSchemas,
  // An unticked checkbox sends nothing at all: that means "no".
  resultsComplete: z.preprocess((value) => value ?? false, editionFieldSchemas.resultsComplete),
});

/** "Save details" on /admin/editions/[award]/[edition]. */
export const editEditionAction = guardedAction(
  'editor',
  editEditionSchema,
  async (input, user): Promise<ActionResult> => {
    const changes = Object.fromEntries(EDITION_FIELDS.map((field) => [field, input[field]])) as EditionFields;
    try {
      const { edition, closed } = updateEdition(getDb(), {
        editionId: input.editionId,
        expectedVersion: input.expectedVersion,
        changes,
        actor: actorOf(user),
      });
      revalidatePath('/admin/editions/[award]/[edition]', 'page');
      return { ok: true, message: `${edition.name}: details saved.${closed ? ` ${closedMessage(closed)}` : ''}` };
    } catch (error) {
      if (error instanceof ConflictError) {
        // Against the current version now: saving again keeps this editor's values, knowingly.
        const shown = fieldsAfterConflict(changes, error);
        return {
          ok: false,
          message: error.message,
          values: editionFormValues(shown, { editionId: input.editionId, expectedVersion: error.currentVersion }),
        };
      }
      if (error instanceof ValidationError) {
        return {
          ok: false,
          message: error.message,
          fieldErrors: error.fieldErrors,
          values: editionFormValues(changes, input),
        };
      }
      throw error;
    }
  },
  'editEditionAction',
);

/** What declaring the results complete did, said in full: it changes statuses the public pages show. */
function closedMessage({ categories, lost }: ClosedByCompletion): string {
  if (!categories) return 'Results complete: no open category has a winner, so none was closed.';
  const closed = categories === 1 ? '1 category with a winner closed' : `${categories} categories with a winner closed`;
  const losers = lost === 1 ? '1 nominee marked lost' : `${lost} nominees marked lost`;
  return `Results complete: ${closed}, ${losers}. The results screen reopens a category.`;
}
