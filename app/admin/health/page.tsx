// Ingestion and jobs health, for admins only: every source's last success, failures in a row, last error
// and next run; the review queue's size and the age of its oldest candidate; the latest job runs and a
// chart of runs per day by outcome over the last two weeks. Read-only: sources are changed on /admin/sources.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { SourceHealthTable } from '@/app/admin/sources/_components/source-health-table';
import { getDb } from '@/db/client';
import { countRunsPerDay, getReviewQueueHealth, listRecentJobRuns } from '@/db/queries/health';
import { listSources } from '@/db/queries/ingestion-source-list';
import { JobRunsTable } from './_components/job-runs-table';
import { QueueHealth } from './_components/queue-health';
import { SchedulerNotice } from '@/app/admin/_components/scheduler-notice';
import { RunsChart } from './_components/runs-chart';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Health', robots: { index: false } };

export default async function HealthPage() {
  await requireUser('admin');
  const db = getDb();
  const now = new Date();
  const sources = listSources(db, now);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Health' }]} />
      <h1>Health</h1>
      <p className="lede">
        Whether the sources are read, the review queue is worked and the scheduled jobs run. Change a source on{' '}
        <Link href="/admin/sources">Sources</Link>.
      </p>
      <SchedulerNotice whereRunsShow="The job runs listed below show whether one has." />
      <section aria-labelledby="health-sources">
        <h2 id="health-sources">Sources</h2>
        {sources.length ? <SourceHealthTable sources={sources} /> : <p className="notice">No source yet.</p>}
      </section>
      <section aria-labelledby="health-queue">
        <h2 id="health-queue">Review queue</h2>
        <QueueHealth queue={getReviewQueueHealth(db)} now={now} />
      </section>
      <section aria-labelledby="health-runs">
        <h2 id="health-runs">Job runs</h2>
        <RunsChart days={countRunsPerDay(db, now)} />
        <JobRunsTable runs={listRecentJobRuns(db)} />
      </section>
    </>
  );
}
