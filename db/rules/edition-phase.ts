// Where an edition stands, from its dates compared with today and whether its results are complete.
// The phases follow an award's year: submissions closed (the deadline has passed) → shortlist announced →
// nominations announced → ceremony held → results complete. An edition whose dates we do not hold is
// placed by what its nominations show (a recorded winner means the ceremony was held), never by a guessed
// date; a recorded date still ahead bounds what they can show (a winner entered before the night, an
// honorary award announced early, does not make the ceremony held).
// Dates are ISO days ('2017-02-26') compared as text, which orders them correctly; "today" is UTC.

export const EDITION_PHASES = [
  'upcoming',
  'submissions_closed',
  'shortlist_announced',
  'nominations_announced',
  'ceremony_held',
  'results_complete',
] as const;
export type EditionPhase = (typeof EDITION_PHASES)[number];

export const PHASE_LABELS: Record<EditionPhase, string> = {
  upcoming: 'Upcoming',
  submissions_closed: 'Submissions closed',
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
  // A deadline: submissions close at the end of its day.
  { kind: 'submissions', field: 'submissionsDate', phase: 'submissions_closed', label: 'Submissions deadline' },
  { kind: 'shortlist', field: 'shortlistDate', phase: 'shortlist_announced', label: 'Shortlist' },
  { kind: 'nominations', field: 'nominationsDate', phase: 'nominations_announced', label: 'Nominations' },
  { kind: 'ceremony', field: 'ceremonyDate', phase: 'ceremony_held', label: 'Ceremony' },
] as const;
type Milestone = (typeof MILESTONES)[number];

const rank = (phase: EditionPhase) => EDITION_PHASES.indexOf(phase);

/** Whether the milestone has happened by `today`: an announcement on its own day, a deadline the day after. */
function isPast(milestone: Milestone, date: string, today: string): boolean {
  return milestone.kind === 'submissions' ? date < today : date <= today;
}

/**
 * The phase by the nominations alone (a winner or a loser means the ceremony was held, and so on), short
 * of `bound`, the first milestone whose recorded date is still ahead.
 */
function phaseFromCounts(counts: EditionPhaseInput['counts'], bound: EditionPhase | undefined): EditionPhase {
  if (!counts) return 'upcoming';
  const shown: [EditionPhase, boolean][] = [
    ['ceremony_held', counts.won > 0 || counts.lost > 0],
    ['nominations_announced', counts.nominated > 0],
    ['shortlist_announced', counts.shortlisted > 0],
  ];
  const reached = shown.find(([phase, isShown]) => isShown && (bound === undefined || rank(phase) < rank(bound)));
  return reached?.[0] ?? 'upcoming';
}

/** The edition's phase on `today`: the latest milestone reached by date or shown by its nominations. */
export function editionPhase(edition: EditionPhaseInput, today: string): EditionPhase {
  if (edition.resultsComplete) return 'results_complete';
  const ahead = MILESTONES.find((milestone) => {
    const date = edition[milestone.field];
    return date !== null && !isPast(milestone, date, today);
  });
  let phase = phaseFromCounts(edition.counts, ahead?.phase);
  for (const milestone of MILESTONES) {
    const date = edition[milestone.field];
    if (date && isPast(milestone, date, today) && rank(milestone.phase) > rank(phase)) phase = milestone.phase;
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

export type EditionDateField = Milestone['field'];
export type EditionDates = Pick<EditionPhaseInput, EditionDateField>;

export interface MisorderedDate {
  field: EditionDateField;
  earlierField: EditionDateField;
  message: string;
}

const SEASON_ORDER = 'a season runs submissions deadline, shortlist, nominations, ceremony.';
const milestoneName = (m: Milestone) => (m.kind === 'submissions' ? 'submissions deadline' : `${m.kind} date`);
const nameOf = (field: string) => milestoneName(MILESTONES.find((m) => m.field === field)!);

/**
 * Every pair of recorded dates out of the season's order (a ceremony dated before its own nominations),
 * later milestone first; empty when the dates run in order. Two milestones may share a day. The phase,
 * the countdowns and the calendars all read the dates in this order, so a typo that breaks it would show
 * a season going backwards. A caller refuses the pairs that involve the dates it is writing, so that an
 * old misordering elsewhere neither hides a new one nor blocks an unrelated save.
 */
export function misorderedDates(dates: EditionDates): MisorderedDate[] {
  const problems: MisorderedDate[] = [];
  MILESTONES.forEach((later, i) => {
    const date = dates[later.field];
    if (!date) return;
    for (const earlier of MILESTONES.slice(0, i)) {
      const before = dates[earlier.field];
      if (!before || date >= before) continue;
      problems.push({
        field: later.field,
        earlierField: earlier.field,
        message: `The ${milestoneName(later)} (${date}) is before the ${milestoneName(earlier)} (${before}): ${SEASON_ORDER} Check both dates.`,
      });
    }
  });
  return problems;
}

/**
 * The first day an edition's dates can fall on: entries, shortlists and nominations come in the awards year
 * or the one before (a January festival announces its selection in the autumn before), and the ceremony
 * after them. A date before it is a typing mistake, in the date or in the year.
 */
export const earliestEditionDay = (year: number): string => `${year - 1}-01-01`;

/** A ceremony dated before earliestEditionDay of its awards year, as a problem of the ceremony date and the year. */
function ceremonyBeforeItsYear({ ceremonyDate, year }: EditionDates & { year?: number | null }) {
  if (!ceremonyDate || year === undefined || year === null || ceremonyDate >= earliestEditionDay(year)) return [];
  return [
    {
      field: 'ceremonyDate',
      earlierField: 'year',
      message:
        `The ceremony date (${ceremonyDate}) is more than a year before the awards year (${year}). ` +
        'Check the date, or the awards year.',
    },
  ];
}

/**
 * Every date out of order, as a form shows them: each problem beside its later date, or beside the earlier
 * one when only that is among `fields` (the dates a save changed; all of them when not given), so that an
 * editor sees at once every date to check. Given the awards year, a ceremony more than a year before it is
 * out of order too.
 */
export function dateOrderErrors(
  dates: EditionDates & { year?: number | null },
  fields?: readonly string[],
): Record<string, string[]> {
  const shown = (field: string) => !fields || fields.includes(field);
  // Beside its later date, or beside the earlier one when only that is shown; nowhere when neither is.
  const placeOf = (problem: { field: string; earlierField: string }) =>
    shown(problem.field) ? problem.field : shown(problem.earlierField) ? problem.earlierField : null;
  const errors: Record<string, string[]> = {};
  const misordered: Record<string, MisorderedDate[]> = {};
  for (const problem of misorderedDates(dates)) {
    const place = placeOf(problem);
    if (place) (misordered[place] ??= []).push(problem);
  }
  for (const [field, problems] of Object.entries(misordered)) errors[field] = [misorderingMessage(dates, problems)];
  for (const problem of ceremonyBeforeItsYear(dates)) {
    const place = placeOf(problem);
    if (place) (errors[place] ??= []).push(problem.message);
  }
  return errors;
}

/**
 * The misorderings shown beside one field as one sentence, the season's order said once: "The ceremony
 * date (…) is before the shortlist date (…) and the nominations date (…): a season runs …".
 */
function misorderingMessage(dates: EditionDates, problems: MisorderedDate[]): string {
  if (problems.length === 1) return problems[0]!.message;
  const dated = (field: EditionDateField) => `the ${nameOf(field)} (${dates[field]})`;
  // Beside a later date every pair starts with it, and beside an earlier one every pair ends with it: each
  // is named once.
  const [first] = problems as [MisorderedDate];
  const facts = problems.every((p) => p.field === first.field)
    ? `${dated(first.field)} is before ${andList(problems.map((p) => dated(p.earlierField)))}`
    : problems.every((p) => p.earlierField === first.earlierField)
      ? `${andList(problems.map((p) => dated(p.field)))} are before ${dated(first.earlierField)}`
      : andList(problems.map((p) => `${dated(p.field)} is before ${dated(p.earlierField)}`));
  return `${facts.charAt(0).toUpperCase()}${facts.slice(1)}: ${SEASON_ORDER} Check these dates.`;
}

const andList = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

/** The first of misorderedDates that involves one of `fields`, or undefined. */
export function misorderingOf(dates: EditionDates, fields: readonly string[]): MisorderedDate | undefined {
  return misorderedDates(dates).find(
    (problem) => fields.includes(problem.field) || fields.includes(problem.earlierField),
  );
}
