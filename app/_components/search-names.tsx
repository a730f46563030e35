// The editions the words name ("ida 2016"), then the films, people and awards whose names match the
// search words, best match first, in three groups.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { RANK_LIMIT, type EditionHit, type NameResults } from '@/db/search';
import { plural } from '@/app/_lib/plural';
import { browseMatchesHref } from './browse-list';
import { RecordTally } from './record-tally';

/** One group of hits under its heading with the count, or nothing when the group has no hit. */
function HitGroup<T extends { id: number }>(props: {
  id: string;
  label: string;
  group: { hits: readonly T[]; total: number };
  isSampled: boolean;
  /** Where every match is listed, for a group that shows only the best of them. */
  all?: { href: string; noun: string };
  children: (hit: T) => ReactNode;
}) {
  const { id, label, group, isSampled, all, children: renderHit } = props;
  if (!group.hits.length) return null;
  const shown = group.hits.length;
  const total = group.total;
  const count = isSampled
    ? `${shown} of more than ${total.toLocaleString('en')}`
    : shown < total
      ? `${shown} best of ${total.toLocaleString('en')}`
      : String(total);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {label} <span className="muted search-count">{count}</span>
      </h2>
      <ul className="plain search-hits">
        {group.hits.map((hit) => (
          <li key={hit.id}>{renderHit(hit)}</li>
        ))}
      </ul>
      {/* Past the sample, a list of every match would be too long to hold (db/queries/browse.ts). */}
      {all && !isSampled && shown < total ? (
        <p>
          <Link href={all.href}>All {plural(total, all.noun)}, A to Z →</Link>
        </p>
      ) : null}
    </section>
  );
}

export function SearchNames(props: { q: string; results: NameResults; editions: readonly EditionHit[] }) {
  const { q, results, editions } = props;
  const { films, people, awards, isSampled } = results;
  return (
    <>
      <HitGroup
        id="search-editions"
        label="Editions"
        group={{ hits: editions, total: editions.length }}
        isSampled={false}
      >
        {(edition) => <Link href={`/awards/${edition.awardSlug}/${edition.slug}`}>{edition.name}</Link>}
      </HitGroup>
      {isSampled ? (
        <p className="notice">
          These words are very common: exact titles and names come first, then the best of the first{' '}
          {RANK_LIMIT.toLocaleString('en')} matches. Add a word to narrow the search.
        </p>
      ) : null}
      <HitGroup
        id="search-films"
        label="Films"
        group={films}
        isSampled={isSampled}
        all={{ href: browseMatchesHref('/films', q), noun: 'film' }}
      >
        {(film) => (
          <>
            <Link href={`/films/${film.slug}`}>{film.title}</Link>
            {film.year ? <span className="muted"> ({film.year})</span> : null}
            <RecordTally nominations={film.nominations} wins={film.wins} />
          </>
        )}
      </HitGroup>
      <HitGroup
        id="search-people"
        label="People and companies"
        group={people}
        isSampled={isSampled}
        all={{ href: browseMatchesHref('/people', q), noun: 'name' }}
      >
        {(person) => (
          <>
            <Link href={`/people/${person.slug}`}>{person.name}</Link>
            {person.kind === 'company' ? <span className="muted"> (company)</span> : null}
            <RecordTally nominations={person.nominations} wins={person.wins} />
          </>
        )}
      </HitGroup>
      <HitGroup id="search-awards" label="Awards" group={awards} isSampled={isSampled}>
        {(award) => (
          <>
            <Link href={`/awards/${award.slug}`}>{award.name}</Link>
            {award.organization ? <span className="muted"> · {award.organization}</span> : null}
            <span className="muted"> · {plural(award.editions, 'edition')}</span>
          </>
        )}
      </HitGroup>
    </>
  );
}
