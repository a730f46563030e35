// A nomination's edit page for editors: its wording, the films and people it honours (add by title or
// name, remove one), a status change with its date and source or note (through changeStatus), and its
// status history; for admins, deleting it. Every form sends the version it was drawn from, so a stale save
// is refused.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasRole, requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { StatusBadge } from '@/app/_components/status-badge';
import { getDb } from '@/db/client';
import { getNominationForEdit, listNominationEvents } from '@/db/queries/nomination-edits';
import { NOMINATION_STATUSES } from '@/db/schema';
import { checkTransition, STATUS_LABELS } from '@/db/rules/status';
import { DeleteNominationForm } from './_components/delete-nomination-form';
import { NominationDetailsForm } from './_components/nomination-details-form';
import { NominationMembersSection } from './_components/nomination-members-section';
import { NominationStatusForm } from './_components/nomination-status-form';
import { StatusHistory } from './_components/status-history';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit nomination', robots: { index: false } };

type Props = { params: Promise<{ nomination: string }> };

export default async function NominationEditPage({ params }: Props) {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  const user = await requireUser('editor');
  const { nomination: param } = await params;
  const id = /^\d{1,15}$/.test(param) ? Number(param) : null;
  const db = getDb();
  const nomination = id ? await getNominationForEdit(db, id) : undefined;
  if (!nomination) notFound();
  const events = await listNominationEvents(db, nomination.id);
  const editionPath = `${nomination.awardSlug}/${encodeURIComponent(nomination.editionSlug)}`;
  const next = NOMINATION_STATUSES.filter((to) => checkTransition(nomination.status, to).ok);
  const label = [...nomination.films.map((f) => f.title), ...nomination.people.map((p) => p.name)].join(', ');
  const title = label || nomination.displayName || `Nomination ${nomination.id}`;
  const version = { nominationId: nomination.id, version: nomination.version };
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Admin', href: '/admin' },
          { label: `Results: ${nomination.editionName}`, href: `/admin/results/${editionPath}` },
          { label: `Edit nomination: ${title}` },
        ]}
      />
      <h1>Edit nomination: {title}</h1>
      <p className="lede">
        {nomination.categoryName}, <Link href={`/awards/${editionPath}`}>{nomination.editionName}</Link>. Status now:{' '}
        <StatusBadge status={nomination.status} />
      </p>
      <NominationDetailsForm nomination={nomination} />
      <NominationMembersSection
        kind="films"
        {...version}
        members={nomination.films.map((f) => ({
          id: f.id,
          href: `/films/${f.slug}`,
          label: f.year ? `${f.title} (${f.year})` : f.title,
        }))}
      />
      <NominationMembersSection
        kind="people"
        {...version}
        members={nomination.people.map((p) => ({ id: p.id, href: `/people/${p.slug}`, label: p.name }))}
      />
      <NominationStatusForm {...version} options={next.map((value) => ({ value, label: STATUS_LABELS[value] }))} />
      <StatusHistory events={events} />
      {hasRole(user, 'admin') ? (
        <DeleteNominationForm {...version} returnTo={`/admin/results/${editionPath}`} label={title} />
      ) : null}
    </>
  );
}
