'use server';
// The two Server Actions of the ceremony-night screen. Each is built through guardedAction, which checks
// the session and the editor role, validates the form with zod and turns a refused change into a message,
// before anything here runs; the writes themselves are db/queries/results.ts, through changeStatus.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { idSchema } from '@/app/_lib/schema-fields';
import { guardedAction } from '@/app/_lib/action';
import { actorOf } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import { closeCategory, markWinner, reopenCategory, undoWinner } from '@/db/queries/results';
import { describeNomination } from '@/db/queries/results-seen';
import { STATUS_LABELS } from '@/db/rules/status';

// categoryStateToken: a short hash of closedAt and id.version per nominee.
const stateTokenSchema = z.string().min(1).max(64);

const nomineeResultSchema = z.object({
  intent: z.enum(['mark', 'undo']),
  nominationId: idSchema,
  expectedVersion: idSchema,
  expectedCategoryState: stateTokenSchema,
});

const categoryResultSchema = z.object({
  intent: z.enum(['close', 'reopen']),
  categoryId: idSchema,
  expectedState: stateTokenSchema,
});

/**
 * The results screen shows what was just written (and, after a refusal, what is true now). Public
 * catalogue pages need no call: db/page-cache.cjs drops them on any commit.
 */
function refreshResultsScreen(): void {
  revalidatePath('/admin/results/[award]/[edition]', 'page');
}

/** "Mark winner" / "Undo winner" on one nominee. */
export const nomineeResultAction = guardedAction(
  'editor',
  nomineeResultSchema,
  async ({ intent, ...input }, user) => {
    refreshResultsScreen();
    const db = getDb();
    const click = { ...input, actor: actorOf(user) };
    if (intent === 'undo') {
      const nomination = undoWinner(db, click);
      const label = describeNomination(db, nomination);
      return {
        ok: true as const,
        message: `${label} is no longer a winner: back to ${STATUS_LABELS[nomination.status].toLowerCase()}.`,
      };
    }
    const { nomination, tiedWith } = markWinner(db, click);
    const label = describeNomination(db, nomination);
    const tie = tiedWith.length
      ? `, a tie with ${tiedWith.map((other) => describeNomination(db, other)).join(' and ')}`
      : '';
    return { ok: true as const, message: `${label} marked winner${tie}.` };
  },
  'nomineeResultAction',
);

/** "Close category" / "Reopen category". */
export const categoryResultAction = guardedAction(
  'editor',
  categoryResultSchema,
  async ({ intent, ...input }, user) => {
    refreshResultsScreen();
    const db = getDb();
    const click = { ...input, actor: actorOf(user) };
    if (intent === 'close') {
      const { category, lost } = closeCategory(db, click);
      return { ok: true as const, message: `${category} closed: ${nomineeCount(lost)} marked lost.` };
    }
    const { category, reopened, editionReopened } = reopenCategory(db, click);
    const edition = editionReopened ? ' The edition is no longer marked results complete.' : '';
    return { ok: true as const, message: `${category} reopened: ${nomineeCount(reopened)} nominated again.${edition}` };
  },
  'categoryResultAction',
);

function nomineeCount(n: number): string {
  return n === 1 ? '1 nominee' : `${n} nominees`;
}
