// A person or company: who they are, the films they are credited on, and every nomination that names
// them, with each status's date and source. An IMDb id in place of the slug (/people/nm…) leads to
// their own address, and so does the slug of a record merged into theirs; an unknown slug is a 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { listPersonCredits, listPersonTimeline } from '@/db/queries/people';
import { listFilmRecords } from '@/db/queries/record-tallies';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { personBrowseHref } from '@/app/_components/browse-list';
import { personListPage } from '@/db/queries/browse';
import { ElsewhereFact, Fact, RecordFact } from '@/app/_components/film-facts';
import { FollowLinks } from '@/app/_components/follow-links';
import { followPaths } from '@/app/feeds/_lib/paths';
import { NominationTimeline } from '@/app/_components/nomination-timeline';
import { PersonCredits } from '@/app/_components/person-credits';
import { recordOrAnswer, resolvePersonAddress, unresolvedTitle } from '@/app/_lib/page-addresses';
import { pageParams } from '@/app/_lib/page-params';
import { shareMetadata } from '@/app/_lib/share-metadata';

// Rendered on its first request (never at build time) and then served from db/page-cache.cjs until
// the database changes; no timer re-renders it.
export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ person: string }> };

/** Cached per request so that the metadata and the page share one lookup. */
const resolvePerson = cache(async (slug: string) => resolvePersonAddress(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolvePerson((await pageParams(params)).person);
  if (resolved.kind !== 'found') return { title: unresolvedTitle(resolved, 'Person') };
  const person = resolved.record;
  return {
    ...shareMetadata(
      person.name,
      `Films and documentary award nominations of ${person.name}, each status with its source.`,
      'profile',
    ),
  };
}

function personLinks(person: { imdbId: string | null; wikidataId: string | null }) {
  const { imdbId, wikidataId } = person;
  return [
    imdbId
      ? {
          label: 'IMDb',
          href: imdbId.startsWith('co')
            ? `https://www.imdb.com/search/title/?companies=${imdbId}`
            : `https://www.imdb.com/name/${imdbId}/`,
        }
      : null,
    wikidataId ? { label: 'Wikidata', href: `https://www.wikidata.org/wiki/${wikidataId}` } : null,
  ].filter((link) => link !== null);
}

export default async function PersonPage({ params }: Props) {
  const person = recordOrAnswer(await resolvePerson((await pageParams(params)).person));
  const db = getDb();
  const credits = await listPersonCredits(db, person.id);
  const records = await listFilmRecords(
    db,
    credits.map((credit) => credit.filmId),
  );
  const timeline = await listPersonTimeline(db, person.id);
  const aliases = person.aliases.map((a) => a.alias).filter((alias) => alias !== person.name);
  return (
    <>
      <Breadcrumbs
        trail={[
          {
            label: 'People and companies',
            href: personBrowseHref(person.sortName, personListPage(db, person)),
          },
          { label: person.name },
        ]}
      />
      <h1>{person.name}</h1>
      <dl className="facts">
        <Fact term="Kind">{person.kind === 'company' ? 'Company' : 'Person'}</Fact>
        {aliases.length ? <Fact term="Also known as">{aliases.join(' · ')}</Fact> : null}
        <RecordFact statuses={timeline.map((entry) => entry.status)} />
        <ElsewhereFact links={personLinks(person)} />
      </dl>
      {credits.length ? (
        <section aria-labelledby="person-credits">
          <h2 id="person-credits">Films</h2>
          <PersonCredits credits={credits} records={records} />
        </section>
      ) : null}
      <section aria-labelledby="person-awards">
        <h2 id="person-awards">Nominations and wins</h2>
        {timeline.length ? (
          <NominationTimeline entries={timeline} omitPersonId={person.id} />
        ) : (
          <p className="muted">
            No nominations name {person.name} yet.{' '}
            {credits.length ? 'See the films above for theirs.' : <Link href="/search">Search</Link>}
          </p>
        )}
      </section>
      <FollowLinks
        basePath={followPaths.person(person.slug)}
        name={person.name}
        scope={{ kind: 'person', id: person.id }}
      />
    </>
  );
}
