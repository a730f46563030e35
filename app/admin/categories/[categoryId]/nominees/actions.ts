'use server';
// The paste screen's one Server Action, in two steps chosen by the button pressed: "Preview" plans the
// pasted list (matches, choices, new films) and writes nothing; "Add nominees" plans it again on the
// server, never trusting the preview, and writes every confirmed nominee in one transaction
// (db/queries/nominee-paste.ts). guardedAction checks the session, the editor role and the form first.
import { revalidatePath } from 'next/cache';
import { ActionError, guardedAction, type ActionResult } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { getPasteCategory, planPaste } from '@/db/queries/nominee-paste';
import { addPastedNominees } from '@/db/queries/nominee-paste-write';
import { closedCategoryReason } from '@/db/queries/nomination-status-edit';
import { pasteNomineesSchema, picksOf } from './paste-schema';
import { describeReport, formValuesOf, type PasteState } from './paste-state';

export const pasteNomineesAction = guardedAction(
  'editor',
  pasteNomineesSchema,
  async (input, user): Promise<ActionResult<PasteState>> => {
    const db = getDb();
    const category = getPasteCategory(db, input.categoryId);
    if (!category) throw new ActionError('That category no longer exists.');
    // Said at the preview already; addPastedNominees refuses again in its transaction.
    if (category.closedAt) throw new ActionError(closedCategoryReason(category.name));
    const values = formValuesOf(input);
    if (input.intent === 'preview') {
      const plans = planPaste(db, input.categoryId, input.lines, input.status);
      return { ok: true as const, data: { kind: 'preview', plans, status: input.status, values } };
    }
    const report = addPastedNominees(db, {
      categoryId: input.categoryId,
      text: input.lines,
      status: input.status,
      actor: actorOf(user),
      occurredOn: input.occurredOn,
      note: input.note,
      source: input.sourceUrl
        ? { url: input.sourceUrl, title: input.sourceTitle, publisher: input.sourcePublisher }
        : null,
      picks: picksOf(input),
      confirmed: new Set(input.confirm),
    });
    // The results screen lists the category's nominees; public pages refresh by themselves (page cache).
    revalidatePath('/admin/results/[award]/[edition]', 'page');
    // What was not written goes back into the box, so the editor can fix those lines and try again.
    const left = report.skipped.map((line) => line.text).join('\n');
    return {
      ok: true as const,
      message: describeReport(report),
      data: { kind: 'added', report, values: { ...values, lines: left } },
    };
  },
  'pasteNomineesAction',
);
