// The statuses a source supports, as a table: who, in which category of which edition, and what status.
import Link from 'next/link';
import type { NominationStatus } from '@/db/schema';
import { IsoDate } from './award-date';
import { NomineeInBrief, type NomineeView } from './award-nominee';
import { StatusBadge } from './status-badge';
import { ScrollRegion } from '@/app/_components/scroll-region';

export interface SourceStatusView extends NomineeView {
  eventId: number;
  status: NominationStatus;
  occurredOn: string | null;
  category: string;
  editionSlug: string;
  editionName: string;
  awardSlug: string;
  /** The source confirms a status first reported elsewhere (a further citation of the event). */
  confirms?: boolean;
}

export function SourceStatuses({ rows }: { rows: readonly SourceStatusView[] }) {
  return (
    <ScrollRegion label="Statuses reported by this source">
      <table>
        <caption className="visually-hidden">Statuses reported by this source</caption>
        <thead>
          <tr>
            <th scope="col">Nominee</th>
            <th scope="col">Category</th>
            <th scope="col">Edition</th>
            <th scope="col">Status</th>
            <th scope="col">On</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.eventId}>
              <td>
                <NomineeInBrief nominee={row} />
              </td>
              <td>{row.category}</td>
              <td>
                <Link href={`/awards/${row.awardSlug}/${row.editionSlug}`}>{row.editionName}</Link>
              </td>
              <td>
                <StatusBadge status={row.status} />
                {row.confirms ? <span className="muted"> (confirmed here)</span> : null}
              </td>
              <td>{row.occurredOn ? <IsoDate value={row.occurredOn} /> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
