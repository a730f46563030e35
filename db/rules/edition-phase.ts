// Where an edition stands, from its dates compared with today and whether its results are complete.
// The phases follow an award's year: submissions open → shortlist announced → nominations announced →
// ceremony held → results complete. An edition whose dates we do not hold is placed by what its
// nominations show (a recorded winner means the ceremony was held), never by a guessed date.
// Dates are ISO days ('2017-02-26') compared as text, which orders them correctly; "today" is UTC.

export const EDITION_PHASES = [
  'upcoming',
  'submissions_open',
  'shortlist_announced',
  'nominations_announced',
  'ceremony_held',
  'results_complete',
] as const;
export type EditionPhase = (typeof EDITION_PHASES)[number];

export const PHASE_LABELS: Record<EditionPhase, string> = {
  upcoming: 'Upcoming',
  submissions_open: 'Submissions open',
  shortlist_announced: 'Shortlist announced',
  nominations_announced: 'Nominations announced',
  ceremony_held: 'Ceremony held',
  results_complete: 'Results complete',
};

export interface EditionPhaseInput {
  submissionsDate: string | null;
  shortlistDate: string | null;
  nominationsDate: string | null;
  ceremonyDate: string | null;
  resultsComplete: boolean;
  /** What the nominations show, for editions whose dates are not recorded. */
  counts?: { shortlisted: number; nominated: number; won: number; lost: number };
}

export interface NextDate {
  kind: 'submissions' | 'shortlist' | 'nominations' | 'ceremony';
  label: string;
  date: string;
  /** Whole days from today (0 = today). */
  daysAway: number;
}

const MILESTONES = [
  { kind: 'submissions', field: 'submissionsDate', phase: 'submissions_open', label: 'Submissions open' },
  { kind: 'shortlist', field: 'shortlistDate', phase: 'shortlist_announced', label: 'Shortlist' },
  { kind: 'nominations', field: 'nominationsDate', phase: 'nominations_announced', label: 'Nominations' },
  { kind: 'ceremony', field: 'ceremonyDate', phase: 'ceremony_held', label: 'Ceremony' },
] as const;

const rank = (phase: EditionPhase) => EDITION_PHASES.indexOf(phase);

/** The phase by the nominations alone: a winner or a loser means the ceremony was held, and so on. */
function phaseFromCounts(counts: EditionPhaseInput['counts']): EditionPhase {
  if (!counts) return 'upcoming';
  if (counts.won > 0 || counts.lost > 0) return 'ceremony_held';
  if (counts.nominated > 0) return 'nominations_announced';
  if (counts.shortlisted > 0) return 'shortlist_announced';
  return 'upcoming';
}

/** The edition's phase on `today`: the latest milestone reached by date or shown by its nominations. */
export function editionPhase(edition: EditionPhaseInput, today: string): EditionPhase {
  if (edition.resultsComplete) return 'results_complete';
  let phase = phaseFromCounts(edition.counts);
  for (const milestone of MILESTONES) {
    const date = edition[milestone.field];
    // A milestone counts on its own day: nominations announced this morning are announced.
    if (date && date <= today && rank(milestone.phase) > rank(phase)) phase = milestone.phase;
  }
  return phase;
}

/** Whole days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The edition's next recorded date on or after today, or null when none lies ahead. */
export function nextEditionDate(edition: EditionPhaseInput, today: string): NextDate | null {
  if (edition.resultsComplete) return null;
  for (const milestone of MILESTONES) {
    const date = edition[milestone.field];
    if (date && date >= today) {
      return { kind: milestone.kind, label: milestone.label, date, daysAway: daysBetween(today, date) };
    }
  }
  return null;
}

/** "today", "tomorrow", "in 12 days". */
export function countdownLabel(daysAway: number): string {
  if (daysAway <= 0) return 'today';
  if (daysAway === 1) return 'tomorrow';
  return `in ${daysAway} days`;
}
