// One award: what it is, who gives it, its editions over the years with their documentary winners,
// and its categories across the years.
import type { Metadata } from 'next';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { listCanonicalCategories, listEditionsForAward, listUnlinkedCategories } from '@/db/queries/awards';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { AwardCategories, yearLabelsOf } from '@/app/_components/award-categories';
import { AwardEditionList } from '@/app/_components/award-edition-list';
import { ExportLinks } from '@/app/_components/export-links';
import { FollowLinks } from '@/app/_components/follow-links';
import { followPaths } from '@/app/feeds/_lib/paths';
import { recordOrAnswer, resolveAwardAddress, unresolvedTitle } from '@/app/_lib/page-addresses';
import { pageParams } from '@/app/_lib/page-params';
import { shareMetadata } from '@/app/_lib/share-metadata';

// Rendered on its first request (never at build time) and then served from db/page-cache.cjs until
// the database changes; no timer re-renders it.
export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ award: string }> };

/** Cached per request so that the metadata and the page share one lookup. */
const resolveAward = cache(async (slug: string) => resolveAwardAddress(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolveAward((await pageParams(params)).award);
  if (resolved.kind !== 'found') return { title: unresolvedTitle(resolved, 'Award') };
  const award = resolved.record;
  return {
    ...shareMetadata(
      award.name,
      award.description ?? `Every edition of the ${award.name}, its documentary winners and categories.`,
    ),
  };
}

const KIND_LABELS = { ceremony: 'Awards ceremony', festival: 'Festival' } as const;

export default async function AwardPage({ params }: Props) {
  const award = recordOrAnswer(await resolveAward((await pageParams(params)).award));
  const db = getDb();
  const editions = await listEditionsForAward(db, award.id);
  const categories = await listCanonicalCategories(db, award.id);
  const unlinked = await listUnlinkedCategories(db, award.id);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Awards', href: '/awards' }, { label: award.name }]} />
      <h1>{award.name}</h1>
      {award.description ? <p className="lede">{award.description}</p> : null}
      <dl className="facts">
        {award.organization ? (
          <>
            <dt>Given by</dt>
            <dd>
              {award.organizationUrl ? <a href={award.organizationUrl}>{award.organization}</a> : award.organization}
            </dd>
          </>
        ) : null}
        <dt>Kind</dt>
        <dd>{KIND_LABELS[award.kind]}</dd>
        <dt>Editions</dt>
        <dd>{editions.length}</dd>
        {award.url ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={award.url}>{award.url}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>Editions</h2>
      <AwardEditionList awardSlug={award.slug} editions={editions} />
      <h2>Categories</h2>
      <AwardCategories categories={categories} unlinked={unlinked} yearLabels={yearLabelsOf(editions)} />
      <FollowLinks basePath={followPaths.award(award.slug)} name={award.name} scope={{ kind: 'award', id: award.id }} />
      <ExportLinks scope="award" value={award.slug} label="every nomination of this award" />
    </>
  );
}
