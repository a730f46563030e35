// How a nominee reads on the award pages: its films (linked to their pages) and the names as the award
// wrote them, with each credited person linked where their name appears.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { FilmRef, PersonRef } from '@/db/queries/awards';

export interface NomineeView {
  films: readonly FilmRef[];
  people: readonly PersonRef[];
  displayName: string | null;
}

// Lists here are built as flat arrays of keyed elements rather than keyed Fragments: a page of a few
// hundred nominees serializes every wrapper into its payload, and the wrappers add nothing.
export function FilmLinks({ films, withYears = true }: { films: readonly FilmRef[]; withYears?: boolean }) {
  return films.flatMap((film, i) => [
    i > 0 ? ', ' : null,
    <Link key={`f${film.id}`} href={`/films/${film.slug}`}>
      {film.title}
    </Link>,
    withYears && film.year ? (
      <span key={`y${film.id}`} className="muted">
        {' '}
        ({film.year})
      </span>
    ) : null,
  ]);
}

function personLink(person: PersonRef) {
  return (
    <Link key={`p${person.id}`} href={`/people/${person.slug}`}>
      {person.name}
    </Link>
  );
}

/**
 * The nominee's names: the award's wording with each credited person linked where their name appears
 * in it; when the wording does not spell every name out ("Norman and Lyn Lear"), the people follow it.
 */
export function NomineeNames({ displayName, people }: Pick<NomineeView, 'displayName' | 'people'>) {
  if (!displayName) return <>{joinNodes(people.map(personLink))}</>;
  const hits = people.map((person) => ({ person, at: displayName.indexOf(person.name) })).sort((a, b) => a.at - b.at);
  const overlaps = hits.some((hit, i) => i > 0 && hit.at < hits[i - 1]!.at + hits[i - 1]!.person.name.length);
  if (hits.some((hit) => hit.at < 0) || overlaps) {
    return (
      <>
        {displayName} <span className="muted">({joinNodes(people.map(personLink))})</span>
      </>
    );
  }
  const nodes: ReactNode[] = [];
  let cursor = 0;
  for (const { person, at } of hits) {
    nodes.push(displayName.slice(cursor, at), personLink(person));
    cursor = at + person.name.length;
  }
  nodes.push(displayName.slice(cursor));
  return <>{nodes}</>;
}

function joinNodes(nodes: ReactNode[]): ReactNode[] {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [i === nodes.length - 1 ? ' and ' : ', ', node]));
}

/**
 * A nominee on one line: its films, then the names; names alone without films. `compact` keeps only
 * the film titles, for lists where the edition already gives the context.
 */
export function NomineeInBrief({ nominee, compact = false }: { nominee: NomineeView; compact?: boolean }) {
  const hasNames = Boolean(nominee.displayName) || nominee.people.length > 0;
  if (!nominee.films.length) return hasNames ? <NomineeNames {...nominee} /> : <span className="muted">Unnamed</span>;
  return (
    <>
      <FilmLinks films={nominee.films} withYears={!compact} />
      {!compact && hasNames ? (
        <>
          {' – '}
          <NomineeNames {...nominee} />
        </>
      ) : null}
    </>
  );
}
