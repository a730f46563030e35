// What the import page shows of a plan: counts, the first rows of each kind, every error, and the new
// films and people. Built on the server, so a preview of 20,000 rows sends the browser a few hundred.
import type { ImportIssue } from '@/db/queries/nomination-import-parse';
import { countPlan } from '@/db/queries/nomination-import-summary';
import type { ImportPlan, PlannedRow } from '@/db/queries/nomination-import-types';
import { STATUS_LABELS } from '@/db/rules/status';

/** Rows of each kind shown in the preview; errors are all shown, up to ERRORS_SHOWN. */
export const ROWS_SHOWN = 50;
export const ERRORS_SHOWN = 1000;

export interface RowView {
  line: number;
  label: string;
  /** The status, "Lost → Won", or the error. */
  detail: string;
}

export type ImportStage = 'preview' | 'stale' | 'applied';

export interface ImportView {
  stage: ImportStage;
  fileName: string;
  /** The text to post back with the confirmation (only while it may be applied). */
  csv: string | null;
  fingerprint: string;
  counts: ReturnType<typeof countPlan>;
  created: RowView[];
  changed: RowView[];
  /** The changes that take back a recorded result or step (isRevision), to be confirmed. */
  revisions: RowView[];
  unchanged: RowView[];
  errors: RowView[];
  newFilms: string[];
  newPeople: string[];
}

const OLD_SOURCE =
  'without a source: the source_url given is the one the status held now cites, not a report of this change. ' +
  'To cite one, give the address of an article or press release that reports it.';

function detailOf(row: PlannedRow): string {
  switch (row.kind) {
    case 'new':
      return STATUS_LABELS[row.status];
    case 'change': {
      const step = `${STATUS_LABELS[row.from]} → ${STATUS_LABELS[row.to]}`;
      // An export's row carries the source of the status it had: edited to a new status, it still names
      // that source, which reported the old one (nomination-import-plan.ts leaves it uncited).
      return row.row.source_url !== null && !row.cites.source ? `${step}, ${OLD_SOURCE}` : step;
    }
    case 'unchanged':
      return STATUS_LABELS[row.status];
    case 'error':
      return row.message;
  }
}

export function viewOfPlan(plan: ImportPlan, stage: ImportStage, fileName: string, csv: string): ImportView {
  const counts = countPlan(plan);
  const shown = (rows: PlannedRow[], limit: number) =>
    rows.slice(0, limit).map((row) => ({ line: row.line, label: row.label, detail: detailOf(row) }));
  const of = (kind: PlannedRow['kind'], limit: number) =>
    shown(
      plan.rows.filter((row) => row.kind === kind),
      limit,
    );
  const canApply = stage !== 'applied' && counts.errors === 0 && counts.created + counts.changed > 0;
  return {
    stage,
    fileName,
    csv: canApply ? csv : null,
    fingerprint: plan.fingerprint,
    counts,
    created: of('new', ROWS_SHOWN),
    changed: of('change', ROWS_SHOWN),
    revisions: shown(
      plan.rows.filter((row) => row.kind === 'change' && row.revises),
      ROWS_SHOWN,
    ),
    unchanged: of('unchanged', ROWS_SHOWN),
    errors: of('error', ERRORS_SHOWN),
    newFilms: plan.newFilms
      .slice(0, ROWS_SHOWN * 4)
      .map((film) => film.label + (film.imdbId ? ` (${film.imdbId})` : '')),
    newPeople: plan.newPeople.slice(0, ROWS_SHOWN * 4).map((person) => person.label),
  };
}

/** Problems with the file itself, one message per line, at most ERRORS_SHOWN. */
export function issueMessages(issues: ImportIssue[]): string[] {
  const shown = issues
    .slice(0, ERRORS_SHOWN)
    .map((issue) => (issue.line ? `Line ${issue.line}: ${issue.message}` : issue.message));
  return issues.length > ERRORS_SHOWN ? [...shown, `…and ${issues.length - ERRORS_SHOWN} more.`] : shown;
}

export function summaryOf({ created, changed, unchanged, errors, newFilms, newPeople }: ImportView['counts']): string {
  return [
    `${created} new nomination${created === 1 ? '' : 's'}`,
    `${changed} status change${changed === 1 ? '' : 's'}`,
    `${unchanged} unchanged`,
    `${errors} error${errors === 1 ? '' : 's'}`,
    `${newFilms} new film${newFilms === 1 ? '' : 's'}`,
    `${newPeople} new ${newPeople === 1 ? 'person' : 'people'}`,
  ].join(', ');
}
