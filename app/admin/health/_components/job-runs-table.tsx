// The latest job runs, newest first: which job, why it ran, when, for how long, how it ended, what it
// counted and the error of a failed one (times in UTC).
import type { JobRunWithDuration } from '@/db/queries/health';
import { utcMinute } from '@/app/admin/sources/_components/source-health-table';
import { formatDuration } from './durations';
import { ScrollRegion } from '@/app/_components/scroll-region';

const OUTCOME_LABELS = { running: 'Running', succeeded: 'Succeeded', failed: 'Failed', abandoned: 'Abandoned' };

function countsText(counts: unknown): string {
  if (!counts || typeof counts !== 'object') return '—';
  const entries = Object.entries(counts as Record<string, unknown>).filter(([, value]) => typeof value === 'number');
  return entries.length ? entries.map(([key, value]) => `${key} ${String(value)}`).join(', ') : '—';
}

export function JobRunsTable({ runs }: { runs: JobRunWithDuration[] }) {
  if (!runs.length) return <p className="notice">No job has run yet.</p>;
  return (
    <ScrollRegion label="Job runs">
      <table className="audit-table">
        <caption className="muted">The latest {runs.length} runs, newest first. Times in UTC.</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Trigger</th>
            <th scope="col">Started</th>
            <th scope="col">Duration</th>
            <th scope="col">Outcome</th>
            <th scope="col">Counts</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td>{run.job}</td>
              <td>{run.trigger}</td>
              <td>{utcMinute(run.startedAt)}</td>
              <td>{formatDuration(run.durationMs)}</td>
              <td>{OUTCOME_LABELS[run.outcome]}</td>
              <td>{countsText(run.counts)}</td>
              <td>{run.error ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
