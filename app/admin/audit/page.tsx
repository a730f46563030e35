// The audit log for admins and editors: every change to Laurels, newest first, filterable by who made it,
// the record it touched, the action and the day; for editors, without the entries about accounts.
// Read-only. The filters are a GET form and a bad value gets a sentence on the page; paging keeps the
// filters.
import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole, requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { listAuditEntries, listAuditFilterChoices, type AuditCursor, type AuditFilters } from '@/db/queries/audit';
import { describeAuditTargets } from '@/db/queries/audit-targets';
import { auditHref, parseAuditParams, toAuditCursor, toAuditFilters } from './audit-params';
import { AuditFilterForm } from './_components/audit-filters';
import { AuditPager } from './_components/audit-pager';
import { AuditTable } from './_components/audit-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser('editor');
  // Editors see the catalogue's history; who holds which role and where each sign-in came from is for admins.
  const withoutAccounts = !hasRole(user, 'admin');
  const parsed = parseAuditParams(await searchParams);
  const choices = await listAuditFilterChoices(getDb(), { withoutAccounts });
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Audit log' }]} />
      <h1>Audit log</h1>
      <p className="lede">Every change to Laurels by a person or a process: who, when, what, and before → after.</p>
      <p className="muted">
        The log is append-only: the database refuses to change or delete an entry, so nothing here can be rewritten.
        Times are in UTC.
      </p>
      <AuditFilterForm values={parsed.raw} choices={choices} />
      {parsed.ok ? (
        <AuditEntries
          filters={{ ...toAuditFilters(parsed.params), withoutAccounts }}
          cursor={toAuditCursor(parsed.params)}
        />
      ) : (
        <div className="notice" role="alert">
          <p>These filters cannot be used as written:</p>
          <ul>
            {parsed.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

async function AuditEntries({ filters, cursor }: { filters: AuditFilters; cursor: AuditCursor | null }) {
  const db = getDb();
  const page = await listAuditEntries(db, filters, cursor);
  if (!page.found) {
    return (
      <p className="notice" role="alert">
        That page of the log starts at an entry that does not exist.{' '}
        <Link href={auditHref(filters)}>Start from the newest entries</Link>.
      </p>
    );
  }
  if (!page.entries.length) {
    return <p className="notice">No entries match these filters{cursor ? ' on this page' : ''}.</p>;
  }
  const targets = await describeAuditTargets(db, page.entries);
  return (
    <>
      <AuditTable entries={page.entries} targets={targets} />
      <AuditPager filters={filters} entries={page.entries} hasNewer={page.hasNewer} hasOlder={page.hasOlder} />
    </>
  );
}
