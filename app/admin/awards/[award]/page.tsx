// One award's admin page: its details form (carrying the version it loaded, so a stale save is refused
// with what changed), its editions with their edit and results pages, its canonical categories, and the
// way to add an edition.
import { CreatedNotice } from '@/app/admin/_components/created-notice';
import { DeletedNotice } from '@/app/admin/_delete/deleted-notice';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportLinks } from '@/app/_components/export-links';
import { notFound } from 'next/navigation';
import { hasRole, requireUser } from '@/app/_lib/auth';
import { DeleteRecordForm } from '@/app/admin/_delete/delete-record-form';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { getDb } from '@/db/client';
import { getAwardForEdit, listOrganizationChoices } from '@/db/queries/award-admin';
import { AwardForm } from '../_components/award-form';
import { addAwardAliasAction, removeAwardAliasAction } from '../actions';
import { AliasList } from '@/app/admin/_components/alias-list';
import { pageParams } from '@/app/_lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit award', robots: { index: false } };

type Props = {
  params: Promise<{ award: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditAwardPage({ params, searchParams }: Props) {
  const user = await requireUser('editor');
  const [{ award: slug }, search] = await Promise.all([pageParams(params), searchParams]);
  const db = getDb();
  const [award, organizations] = await Promise.all([getAwardForEdit(db, slug), listOrganizationChoices(db)]);
  if (!award) notFound();
  const initial = {
    awardId: String(award.id),
    expectedVersion: String(award.version),
    name: award.name,
    shortName: award.shortName ?? '',
    kind: award.kind,
    organization: award.organizationId === null ? '' : String(award.organizationId),
    newOrganization: '',
    url: award.url ?? '',
    description: award.description ?? '',
  };
  return (
    <>
      <Breadcrumbs
        trail={[{ label: 'Admin', href: '/admin' }, { label: 'Awards', href: '/admin/awards' }, { label: award.name }]}
      />
      <h1>{award.name}</h1>
      <CreatedNotice created={search.created} name={award.name} />
      <DeletedNotice search={search} />
      <p className="lede">
        Changes show on the <Link href={`/awards/${award.slug}`}>public award page</Link> as soon as they are saved.
      </p>
      <ExportLinks scope="award" value={award.slug} label="every nomination of this award" />
      <AwardForm mode="edit" initial={initial} organizations={organizations} />
      <AliasList
        owner="award"
        ownerId={award.id}
        aliases={award.aliases}
        addAction={addAwardAliasAction}
        removeAction={removeAwardAliasAction}
      />

      <h2 id="editions-heading">Editions</h2>
      <p>
        <Link href={`/admin/editions/${award.slug}/new`}>New edition</Link>
      </p>
      {award.editions.length ? (
        <ul className="plain admin-editions" aria-labelledby="editions-heading">
          {award.editions.map((edition) => (
            <li key={edition.slug}>
              <Link href={`/admin/editions/${award.slug}/${encodeURIComponent(edition.slug)}`}>{edition.name}</Link>{' '}
              <span className="muted">
                · <Link href={`/admin/results/${award.slug}/${encodeURIComponent(edition.slug)}`}>results</Link>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">No edition yet.</p>
      )}

      <h2 id="canonical-heading">Canonical categories</h2>
      {award.canonical.length ? (
        <ul aria-labelledby="canonical-heading">
          {award.canonical.map((canonical) => (
            <li key={canonical.id}>
              {canonical.name}
              {canonical.isDocumentary ? <span className="muted"> · documentary</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None yet: add one with a category on an edition’s page.</p>
      )}
      {hasRole(user, 'admin') ? (
        <DeleteRecordForm
          kind="award"
          id={award.id}
          name={award.name}
          returnTo={'/admin/awards'}
          parts="Its editions must be deleted first; its aliases and canonical categories go with it."
        />
      ) : null}
    </>
  );
}
