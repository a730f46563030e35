// One edition of an award: its dates, its categories in order with every nominee, the winners marked,
// and each status with its source. A year or an ordinal in place of the slug ("/2016", "/89") leads to
// the edition it names, since fans and announcements use either year.
import type { Metadata } from 'next';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getEditionNeighbours, listEditionCategories } from '@/db/queries/awards';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { EditionAmbiguous } from '@/app/_components/edition-ambiguous';
import { EditionCategory } from '@/app/_components/edition-category';
import { EditionFacts } from '@/app/_components/edition-facts';
import { EditionIndex } from '@/app/_components/edition-index';
import { EditionPager } from '@/app/_components/edition-pager';
import { ExportLinks } from '@/app/_components/export-links';
import { FollowLinks } from '@/app/_components/follow-links';
import { followPaths } from '@/app/feeds/_lib/paths';
import { LiveEditionUpdates } from '@/app/_components/live-edition-updates';
import { recordOrAnswer, resolveEditionAddress, unresolvedTitle } from '@/app/_lib/page-addresses';
import { pageParams } from '@/app/_lib/page-params';
import { shareMetadata } from '@/app/_lib/share-metadata';

// Rendered on its first request (never at build time) and then served from db/page-cache.cjs until
// the database changes; no timer re-renders it.
export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ award: string; edition: string }> };

/** What the URL names; cached per request so the metadata and the page share one lookup. */
const resolveEdition = cache(async (awardSlug: string, editionSlug: string) =>
  resolveEditionAddress(getDb(), awardSlug, editionSlug),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { award, edition } = await pageParams(params);
  const resolved = await resolveEdition(award, edition);
  if (resolved.kind === 'found') {
    return {
      ...shareMetadata(
        resolved.record.name,
        `Categories, nominees and winners of the ${resolved.record.name}, each status with its source.`,
      ),
    };
  }
  if (resolved.kind === 'many') return { title: `Which ${resolved.award.name}?`, robots: { index: false } };
  return { title: unresolvedTitle(resolved, 'Edition') };
}

export default async function EditionPage({ params }: Props) {
  const { award: awardSlug, edition: editionSlug } = await pageParams(params);
  const resolved = await resolveEdition(awardSlug, editionSlug);
  if (resolved.kind === 'many')
    return <EditionAmbiguous award={resolved.award} term={editionSlug} editions={resolved.editions} />;
  const edition = recordOrAnswer(resolved);
  const db = getDb();
  const categories = await listEditionCategories(db, edition.id);
  const { previous, next } = await getEditionNeighbours(db, edition.awardId, edition.id);
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Awards', href: '/awards' },
          { label: edition.awardName, href: `/awards/${edition.awardSlug}` },
          { label: edition.name },
        ]}
      />
      <h1>{edition.name}</h1>
      <EditionFacts edition={edition} />
      <LiveEditionUpdates edition={edition} />
      {categories.length > 3 ? <EditionIndex categories={categories} /> : null}
      {categories.length ? (
        categories.map((category) => <EditionCategory key={category.id} category={category} />)
      ) : (
        <p className="notice">No categories of this edition are recorded yet.</p>
      )}
      <FollowLinks
        basePath={followPaths.edition(edition.awardSlug, edition.slug)}
        name={edition.name}
        scope={{ kind: 'edition', id: edition.id }}
      />
      <ExportLinks scope="edition" value={`${edition.awardSlug}/${edition.slug}`} label="this edition's nominations" />
      <EditionPager awardSlug={edition.awardSlug} previous={previous} next={next} />
    </>
  );
}
