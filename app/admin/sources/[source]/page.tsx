// One ingestion source's admin page (admins only): its health, its details form (carrying the version it
// loaded, so a stale save is refused with what changed), enabling or disabling it, "Read now", which runs
// one read as the scheduled job does, and "Fetch now", which shows what the job would find there without
// writing anything.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { getSource, listAwardChoices } from '@/db/queries/ingestion-sources';
import { EnableToggle } from '../_components/enable-toggle';
import { PreviewPanel } from '../_components/preview-panel';
import { ReadNowForm } from '../_components/read-now-form';
import { utcMinute } from '../_components/source-health-table';
import { SourceForm } from '../_components/source-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit source', robots: { index: false } };

type Props = { params: Promise<{ source: string }>; searchParams: Promise<{ added?: string }> };

export default async function EditSourcePage({ params, searchParams }: Props) {
  await requireUser('admin');
  const { source: id } = await params;
  const db = getDb();
  const source = /^\d{1,15}$/.test(id) ? getSource(db, Number(id)) : undefined;
  if (!source) notFound();
  const { added } = await searchParams;
  const initial = {
    sourceId: String(source.id),
    expectedVersion: String(source.version),
    url: source.url,
    kind: source.kind,
    schedule: source.schedule,
    award: source.awardSlug ?? '',
    name: source.name ?? '',
  };
  const title = source.name ?? source.url;
  return (
    <>
      <Breadcrumbs
        trail={[{ label: 'Admin', href: '/admin' }, { label: 'Sources', href: '/admin/sources' }, { label: title }]}
      />
      <h1>{title}</h1>
      {added ? (
        <p role="status" className="form-ok">
          Source added. It is read on its schedule; “Fetch now” shows what it holds.
        </p>
      ) : null}
      <dl className="source-health">
        <dt>State</dt>
        <dd>{source.enabled ? 'Enabled' : 'Disabled'}</dd>
        <dt>Last success</dt>
        <dd>{utcMinute(source.lastSuccessAt)}</dd>
        <dt>Failures in a row</dt>
        <dd>{source.consecutiveFailures}</dd>
        <dt>Last error</dt>
        <dd>{source.lastError ? `${source.lastError} (${utcMinute(source.lastErrorAt)})` : '—'}</dd>
        <dt>Next run</dt>
        <dd>{source.enabled ? utcMinute(source.nextRunAt) : '— (disabled)'}</dd>
      </dl>
      <EnableToggle sourceId={source.id} enabled={source.enabled} />
      <section aria-labelledby="read-now-heading">
        <h2 id="read-now-heading">Read it now</h2>
        <p className="muted">
          Stores what is new and applies or queues the facts found, as the scheduled read does, whatever the schedule.
        </p>
        <ReadNowForm sourceId={source.id} />
      </section>
      <PreviewPanel sourceId={source.id} />
      <SourceForm mode="edit" initial={initial} awards={listAwardChoices(db)} />
    </>
  );
}
