// A person or company: who they are, the films they are credited on, and every nomination that names
// them, with each status's date and source. An IMDb id in place of the slug (/people/nm…) leads to
// their own address, and so does the slug of a record merged into theirs; an unknown slug is a 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getPersonBySlug, getPersonSlugByImdbId, listPersonCredits, listPersonTimeline } from '@/db/queries/people';
import { findRedirectSlug } from '@/db/queries/redirects';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { Fact, RecordFact } from '@/app/_components/film-facts';
import { NominationTimeline } from '@/app/_components/nomination-timeline';
import { PersonCredits } from '@/app/_components/person-credits';
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

const IMDB_NAME_ID = /^(nm|co)\d{7,10}$/i;

const loadPerson = cache(async (slug: string) => getPersonBySlug(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await pageParams(params)).person);
  if (!person) return { title: 'Person not found' };
  return {
    ...shareMetadata(
      person.name,
      `Films and documentary award nominations of ${person.name}, each status with its source.`,
      'profile',
    ),
  };
}

function imdbUrl(imdbId: string): string {
  return imdbId.startsWith('co')
    ? `https://www.imdb.com/search/title/?companies=${imdbId}`
    : `https://www.imdb.com/name/${imdbId}/`;
}

export default async function PersonPage({ params }: Props) {
  const slug = (await pageParams(params)).person;
  const person = await loadPerson(slug);
  if (!person) {
    // Another case of a real slug (a hand-typed or shared address) leads to the page itself.
    if (slug !== slug.toLowerCase() && (await loadPerson(slug.toLowerCase()))) {
      permanentRedirect(`/people/${encodeURIComponent(slug.toLowerCase())}`);
    }
    if (IMDB_NAME_ID.test(slug)) {
      const canonical = await getPersonSlugByImdbId(getDb(), slug.toLowerCase());
      if (canonical) permanentRedirect(`/people/${encodeURIComponent(canonical)}`);
    }
    // The slug of a record merged into another leads to the one that was kept.
    const survivor = await findRedirectSlug(getDb(), 'person', slug.toLowerCase());
    if (survivor) permanentRedirect(`/people/${encodeURIComponent(survivor)}`);
    notFound();
  }
  const db = getDb();
  const credits = await listPersonCredits(db, person.id);
  const timeline = await listPersonTimeline(db, person.id);
  const wins = timeline.filter((entry) => entry.status === 'won').length;
  const aliases = person.aliases.map((a) => a.alias).filter((alias) => alias !== person.name);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Search', href: '/search' }, { label: person.name }]} />
      <h1>{person.name}</h1>
      <dl className="facts">
        <Fact term="Kind">{person.kind === 'company' ? 'Company' : 'Person'}</Fact>
        {aliases.length ? <Fact term="Also known as">{aliases.join(' · ')}</Fact> : null}
        <RecordFact nominations={timeline.length} wins={wins} />
        {person.imdbId ? (
          <Fact term="Elsewhere">
            <a href={imdbUrl(person.imdbId)} rel="external">
              IMDb
            </a>
            {person.wikidataId ? (
              <>
                {' · '}
                <a href={`https://www.wikidata.org/wiki/${person.wikidataId}`} rel="external">
                  Wikidata
                </a>
              </>
            ) : null}
          </Fact>
        ) : null}
      </dl>
      {credits.length ? (
        <section aria-labelledby="person-credits">
          <h2 id="person-credits">Films</h2>
          <PersonCredits credits={credits} />
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
    </>
  );
}
