// What happens to one matched candidate: it confirms a status the nomination has or had (the event
// gains the announcement as a further citation), it moves the nomination forward with enough confidence
// (applied through changeStatus, the one write path for a status), or it waits for an editor, with why.
// A winner does not turn the category's other nominees lost: that waits for an editor closing the
// category or completing the edition's results (db/queries/results.ts).
import { eq } from 'drizzle-orm';
import type { Executor } from '../../client';
import { checkTransition, STATUS_LABELS } from '../../rules/status';
import { nominations } from '../../schema';
import { changeStatus, StatusChangeError } from '../nominations';
import { editorRefusal } from '../nomination-status-edit';
import { citeEvent, findStatusEvent } from './citations';
import { isForwardMove } from './statuses';
import type { CandidateMatch, ExtractedCandidate } from './types';

export interface DecisionContext {
  actor: string;
  /** The announcement's sources row: what the status event cites. */
  sourceId: number;
  /** The announcement's publication day, as the day the change happened in the world. */
  occurredOn: string | null;
  threshold: number;
}

export type Decision = { state: 'applied' | 'confirmed' | 'pending'; reason: string };

const label = (status: keyof typeof STATUS_LABELS) => STATUS_LABELS[status].toLowerCase();

export function decideCandidate(
  tx: Executor,
  candidate: ExtractedCandidate,
  match: CandidateMatch,
  context: DecisionContext,
): Decision {
  if (!match.nominationId) return { state: 'pending', reason: match.reason ?? 'not matched to a nomination' };
  const nomination = tx
    .select({ id: nominations.id, status: nominations.status })
    .from(nominations)
    .where(eq(nominations.id, match.nominationId))
    .get();
  if (!nomination) return { state: 'pending', reason: 'the nomination no longer exists' };

  const event = findStatusEvent(tx, nomination.id, candidate.status);
  if (event) {
    const cited = citeEvent(tx, event, context.sourceId, context.actor);
    return { state: 'confirmed', reason: `confirms ${label(candidate.status)}${cited ? '' : ' (already cited)'}` };
  }
  const move = `${label(nomination.status)} → ${label(candidate.status)}`;
  if (!checkTransition(nomination.status, candidate.status).ok)
    return { state: 'pending', reason: `not allowed: ${move}` };
  // The rules also allow corrections (won → nominated, lost → won); a job never makes one unasked.
  if (!isForwardMove(nomination.status, candidate.status)) {
    return { state: 'pending', reason: `a correction needs an editor: ${move}` };
  }
  if (candidate.confidence < context.threshold) {
    return { state: 'pending', reason: `confidence ${candidate.confidence} below ${context.threshold}` };
  }
  // A closed category's results are final, and a change dated before the history would read backwards:
  // an editor decides.
  const refusal = editorRefusal(tx, nomination.id, { to: candidate.status, occurredOn: context.occurredOn });
  if (refusal) return { state: 'pending', reason: refusal };
  try {
    changeStatus(tx, {
      nominationId: nomination.id,
      to: candidate.status,
      actor: context.actor,
      sourceId: context.sourceId,
      occurredOn: context.occurredOn,
    });
  } catch (error) {
    // changeStatus rolled back its own savepoint; the candidate waits with the rule's words.
    if (error instanceof StatusChangeError) return { state: 'pending', reason: error.message };
    throw error;
  }
  return { state: 'applied', reason: move };
}
