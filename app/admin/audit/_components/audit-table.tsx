// A page of audit entries: when (UTC), who, what action, on which record (linked to its public page when
// it has one, and to its whole history in the log), and what changed.
import Link from 'next/link';
import type { AuditRow } from '@/db/queries/audit';
import { auditTargetKey, type AuditTarget } from '@/db/queries/audit-targets';
import { auditHref } from '../audit-params';
import { describeActor } from './actor-label';
import { AuditChange } from './audit-change';
import { ScrollRegion } from '@/app/_components/scroll-region';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "25 Nov 2026, 15:20:03 UTC"; the stored text as it is if it is not a moment. */
export function formatAuditTime(at: string): string {
  const moment = new Date(at);
  return Number.isNaN(moment.getTime()) ? at : `${WHEN.format(moment)} UTC`;
}

export function AuditTable({ entries, targets }: { entries: readonly AuditRow[]; targets: Map<string, AuditTarget> }) {
  return (
    <ScrollRegion label="Audit log entries">
      <table className="audit-table">
        <caption className="visually-hidden">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">Before → after</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatAuditTime(entry.at)}</time>
              </td>
              <td>
                <Link href={auditHref({ actor: entry.actor })} title="Every change by them">
                  {describeActor(entry.actor, entry.actorEmail)}
                </Link>
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                <EntityCell entry={entry} targets={targets} />
              </td>
              <td>
                <AuditChange before={entry.before} after={entry.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function EntityCell({ entry, targets }: { entry: AuditRow; targets: Map<string, AuditTarget> }) {
  const { entityType, entityId } = entry;
  if (entityId === null) return <>{entityType}</>;
  const target = targets.get(auditTargetKey(entityType, entityId));
  return (
    <>
      <Link href={auditHref({ entityType, entityId })} title="Every change to it">
        {entityType} {entityId}
      </Link>
      {target ? <AuditTargetName target={target} /> : null}
    </>
  );
}

function AuditTargetName({ target }: { target: AuditTarget }) {
  const href = publicHref(target);
  return <span className="audit-target">{href ? <Link href={href}>{target.label}</Link> : target.label}</span>;
}

/** The public page an entity is shown on; categories and nominations are on their edition's page. */
export function publicHref(target: AuditTarget): string | null {
  switch (target.page) {
    case null:
      return null;
    case 'film':
      return `/films/${target.slug}`;
    case 'person':
      return `/people/${target.slug}`;
    case 'award':
      return `/awards/${target.awardSlug}`;
    case 'edition':
      return `/awards/${target.awardSlug}/${target.editionSlug}${target.categorySlug ? `#category-${target.categorySlug}` : ''}`;
    case 'source':
      return `/sources/${target.sourceId}`;
  }
}
