// Summaries of an import plan: its counts for the preview and the report, and its fingerprint, a digest of
// what it would do and of the record versions it read, so that the apply step can tell a stale preview.
import { createHash } from 'node:crypto';
import type { Matched } from './nomination-import-match';
import type { ImportPlan, PlannedRow } from './nomination-import-types';

/** A digest of what the plan would do and of the versions it read, so a stale preview can be told apart. */
export function fingerprintOf(rows: PlannedRow[], newFilms: Matched[], newPeople: Matched[]): string {
  const digest = rows.map((row) => {
    switch (row.kind) {
      case 'new':
        return [
          row.line,
          'new',
          row.categoryId,
          row.films.map((f) => f.id),
          row.people.map((p) => p.id),
          row.status,
          JSON.stringify(row.row),
        ];
      case 'change':
        return [row.line, 'change', row.nominationId, row.version, row.from, row.to, JSON.stringify(row.row)];
      case 'unchanged':
        return [row.line, 'unchanged', row.nominationId, row.status];
      case 'error':
        return [row.line, 'error', row.message];
    }
  });
  const records = [...newFilms, ...newPeople].map((record) => [record.id, record.label, record.imdbId]);
  return createHash('sha256')
    .update(JSON.stringify([digest, records]))
    .digest('hex');
}

export function countPlan(plan: ImportPlan) {
  const count = (kind: PlannedRow['kind']) => plan.rows.filter((row) => row.kind === kind).length;
  return {
    created: count('new'),
    changed: count('change'),
    unchanged: count('unchanged'),
    errors: count('error'),
    /** Of the status changes, those that take back a recorded result or step (isRevision). */
    revisions: plan.rows.filter((row) => row.kind === 'change' && row.revises).length,
    newFilms: plan.newFilms.length,
    newPeople: plan.newPeople.length,
  };
}
