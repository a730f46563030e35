// Newer and older pages of the log, with the filters kept. Pages are found by the entry at their edge
// (a keyset), so there are no page numbers: the log grows at the top while it is read.
import Link from 'next/link';
import type { AuditFilters, AuditRow } from '@/db/queries/audit';
import { auditHref } from '../audit-params';

export interface AuditPagerProps {
  filters: AuditFilters;
  entries: readonly AuditRow[];
  hasNewer: boolean;
  hasOlder: boolean;
}

export function AuditPager({ filters, entries, hasNewer, hasOlder }: AuditPagerProps) {
  const first = entries[0];
  const last = entries.at(-1);
  if (!hasNewer && !hasOlder) return null;
  return (
    <nav aria-label="Pages of the audit log" className="pagination">
      {hasNewer ? <Link href={auditHref(filters)}>Newest</Link> : null}
      {hasNewer && first ? <Link href={auditHref(filters, { newer: first.id })}>← Newer entries</Link> : null}
      {hasOlder && last ? <Link href={auditHref(filters, { older: last.id })}>Older entries →</Link> : null}
    </nav>
  );
}
