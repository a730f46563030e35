// The ingestion sources, for admins only: every feed and page Laurels reads on a schedule with its health
// (last success, failures in a row, last error, next run), the form to add one, and the confidence at
// which the job applies what it found by itself. Each source's own page edits, disables and previews it.
import type { Metadata } from 'next';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { DEFAULT_SCHEDULE } from '@/db/queries/ingestion-source-fields';
import { getAutoApplyThreshold } from '@/db/queries/ingestion-source-settings';
import { listAwardChoices, listSources } from '@/db/queries/ingestion-sources';
import { SourceForm } from './_components/source-form';
import { SourceHealthTable } from './_components/source-health-table';
import { ThresholdForm } from './_components/threshold-form';
import { SchedulerNotice } from '@/app/admin/_components/scheduler-notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources', robots: { index: false } };

export default async function SourcesPage() {
  await requireUser('admin');
  const db = getDb();
  const sources = listSources(db);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Sources' }]} />
      <h1>Sources</h1>
      <p className="lede">
        The feeds and article pages Laurels reads on their schedules. What they announce is applied when it confirms
        what is known with enough confidence, and waits for review otherwise. The same from the command line:{' '}
        <code>npm run laurels -- sources list</code>.
      </p>
      <SchedulerNotice whereRunsShow="Health lists the job runs, which show whether one has." />
      {sources.length ? <SourceHealthTable sources={sources} /> : <p className="notice">No source yet.</p>}
      <SourceForm
        mode="create"
        initial={{ url: '', kind: 'detect', schedule: DEFAULT_SCHEDULE, award: '', name: '' }}
        awards={listAwardChoices(db)}
      />
      <ThresholdForm threshold={getAutoApplyThreshold(db)} />
    </>
  );
}
