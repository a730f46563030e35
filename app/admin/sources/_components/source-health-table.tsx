// Every source with its health: when it was last read successfully, how many reads in a row failed and
// the last error, and when it is read next (times in UTC).
import Link from 'next/link';
import type { SourceListRow } from '@/db/queries/ingestion-sources';
import { ScrollRegion } from '@/app/_components/scroll-region';

export const utcMinute = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—');

export function SourceHealthTable({ sources }: { sources: SourceListRow[] }) {
  return (
    <ScrollRegion label="Sources and their health">
      <table className="audit-table">
        <caption className="muted">Times in UTC.</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Schedule</th>
            <th scope="col">State</th>
            <th scope="col">Last success</th>
            <th scope="col">Failures</th>
            <th scope="col">Last error</th>
            <th scope="col">Next run</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td>
                <Link href={`/admin/sources/${source.id}`}>{source.name ?? source.url}</Link>
                {source.name ? <span className="audit-target muted">{source.url}</span> : null}
                {source.awardName ? <span className="audit-target">About: {source.awardName}</span> : null}
              </td>
              <td>{source.kind}</td>
              <td>
                <code>{source.schedule}</code>
              </td>
              <td>{source.enabled ? 'Enabled' : 'Disabled'}</td>
              <td>{utcMinute(source.lastSuccessAt)}</td>
              <td>{source.consecutiveFailures}</td>
              <td>
                {source.lastError ? (
                  <>
                    {source.lastError} <span className="audit-target muted">{utcMinute(source.lastErrorAt)}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{source.enabled ? utcMinute(source.nextRunAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
