// Which status changes a nomination may make. The one place this is decided: every change, from an
// admin, an importer or an ingestion job, goes through db/queries/nominations.ts changeStatus, which
// asks this module first.
import { NOMINATION_STATUSES, type NominationStatus } from '../schema';

/** Statuses a nomination may start in (a festival may announce only its winner). */
const INITIAL: readonly NominationStatus[] = [
  'submitted',
  'shortlisted',
  'nominated',
  'won',
  'honorable_mention',
  'runner_up',
];

// Forward moves follow the award's phases; the backward moves are corrections ("undo the winner",
// "reinstate a withdrawn film"), which carry their own note or source like any other change.
const NEXT: Record<NominationStatus, readonly NominationStatus[]> = {
  submitted: ['shortlisted', 'nominated', 'won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn'],
  shortlisted: ['nominated', 'won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn', 'submitted'],
  nominated: ['won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn', 'shortlisted'],
  // Undoing a result goes back to whatever led to it (a "loss" found never to have been a nomination was
  // only submitted or shortlisted); an award or a nomination can be revoked after the ceremony (the
  // Academy's 41st documentary winner was declared ineligible weeks later).
  won: ['nominated', 'lost', 'submitted', 'shortlisted', 'honorable_mention', 'runner_up', 'withdrawn'],
  lost: ['nominated', 'won', 'withdrawn', 'shortlisted', 'submitted'],
  honorable_mention: ['nominated', 'won', 'lost'],
  runner_up: ['nominated', 'won', 'lost'],
  withdrawn: ['submitted', 'shortlisted', 'nominated'],
};

export const STATUS_LABELS: Record<NominationStatus, string> = {
  submitted: 'Submitted',
  shortlisted: 'Shortlisted',
  nominated: 'Nominated',
  won: 'Won',
  lost: 'Lost',
  honorable_mention: 'Honorable mention',
  runner_up: 'Runner-up',
  withdrawn: 'Withdrawn',
};

/** The phases an award announces lists for, in order: submissions, the shortlist, the nominees. */
const ANNOUNCED_PHASES: readonly NominationStatus[] = ['submitted', 'shortlisted', 'nominated'];

/**
 * Whether a list announcing `to` moves a nominee that is `from` forward (a shortlisted film named among
 * the nominees). A list never moves one back, nor touches a result or a withdrawal.
 */
export function isAnnouncedStep(from: NominationStatus, to: NominationStatus): boolean {
  const [at, next] = [ANNOUNCED_PHASES.indexOf(from), ANNOUNCED_PHASES.indexOf(to)];
  return at >= 0 && next > at;
}

/** The results of a category's ceremony: what a nominee ends with, a withdrawal apart. */
const RESULTS: readonly NominationStatus[] = ['won', 'lost', 'honorable_mention', 'runner_up'];

/**
 * Whether moving from `from` to `to` takes back what the catalogue records: a result changed or undone
 * (won → lost, won → nominated, a win withdrawn), or a nominee moved back a step (nominated →
 * shortlisted). A correction may mean it; a file exported before the results were entered, imported
 * again, does it by mistake. Reinstating a withdrawn nominee takes nothing back.
 */
export function isRevision(from: NominationStatus, to: NominationStatus): boolean {
  if (from === to || from === 'withdrawn') return false;
  if (RESULTS.includes(from)) return true;
  return ANNOUNCED_PHASES.includes(to) && ANNOUNCED_PHASES.indexOf(to) < ANNOUNCED_PHASES.indexOf(from);
}

/**
 * Statuses that count as a nomination in a tally (a record, the scoreboard): a winner, a loser or a
 * runner-up was nominated. A submission or a shortlisting is not a nomination yet, and a withdrawn one
 * (the Academy's revoked and declined nominations) is no longer counted.
 */
export const NOMINATED_STATUSES = ['nominated', 'won', 'lost', 'runner_up', 'honorable_mention'] as const;

export function countsAsNomination(status: NominationStatus): boolean {
  return (NOMINATED_STATUSES as readonly NominationStatus[]).includes(status);
}

/** Statuses that end a nomination's run: the result is known. */
export const FINAL_STATUSES: readonly NominationStatus[] = [
  'won',
  'lost',
  'honorable_mention',
  'runner_up',
  'withdrawn',
];

export function isNominationStatus(value: unknown): value is NominationStatus {
  return typeof value === 'string' && (NOMINATION_STATUSES as readonly string[]).includes(value);
}

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

/** Whether a nomination may move from `from` (null for a new one) to `to`, and if not, why. */
export function checkTransition(from: NominationStatus | null, to: NominationStatus): TransitionCheck {
  if (from === null) {
    return INITIAL.includes(to)
      ? { ok: true }
      : { ok: false, reason: `A nomination cannot start as ${STATUS_LABELS[to].toLowerCase()}.` };
  }
  if (from === to) return { ok: false, reason: `The nomination is already ${STATUS_LABELS[to].toLowerCase()}.` };
  return NEXT[from].includes(to)
    ? { ok: true }
    : {
        ok: false,
        reason: `A nomination cannot go from ${STATUS_LABELS[from].toLowerCase()} to ${STATUS_LABELS[to].toLowerCase()}.`,
      };
}

/** The statuses that lead from nothing to `to` along the usual path, for recording a known history. */
export function pathTo(to: NominationStatus): NominationStatus[] {
  if (to === 'lost') return ['nominated', 'lost'];
  if (to === 'withdrawn') return ['nominated', 'withdrawn'];
  return [to];
}
