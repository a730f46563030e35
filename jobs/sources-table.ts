// The table `laurels sources list` prints: one line a source, columns padded to their widest value, times
// in UTC to the minute, columns two spaces apart (a schedule holds single spaces).
import type { SourceListRow } from '../db/queries/ingestion-sources';

const HEADINGS = ['id', 'kind', 'url', 'schedule', 'enabled', 'last success', 'last error', 'next run'];
const ERROR_WIDTH = 60;

const minute = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')}Z` : '-');

function lastError(row: SourceListRow): string {
  if (!row.lastError) return '-';
  const text = row.lastError.replace(/\s+/g, ' ');
  const short = text.length > ERROR_WIDTH ? `${text.slice(0, ERROR_WIDTH - 1)}…` : text;
  const failures = row.consecutiveFailures > 1 ? ` (${row.consecutiveFailures} failures)` : '';
  return `${short}${failures}`;
}

export function formatSourceTable(rows: SourceListRow[]): string {
  const cells = rows.map((row) => [
    String(row.id),
    row.kind,
    row.url,
    row.schedule,
    row.enabled ? 'yes' : 'no',
    minute(row.lastSuccessAt),
    lastError(row),
    row.enabled ? minute(row.nextRunAt) : '-',
  ]);
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) => value.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(HEADINGS), ...cells.map(line)].join('\n');
}
