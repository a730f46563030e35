// How a nominee reads on the award pages: its films (linked to their pages) and the names as the award
// wrote them, with each credited person linked where their name appears.
import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import type { FilmRef, PersonRef } from '@/db/queries/awards';

export interface NomineeView {
  films: readonly FilmRef[];
  people: readonly PersonRef[];
  displayName: string | null;
}

export function FilmLinks({ films }: { films: readonly FilmRef[] }) {
  return (
    <>
      {films.map((film, i) => (
        <Fragment key={film.id}>
          {i > 0 ? ', ' : null}
          <Link href={`/films/${film.slug}`}>{film.title}</Link>
          {film.year ? <span className="muted"> ({film.year})</span> : null}
        </Fragment>
      ))}
    </>
  );
}

function personLink(person: PersonRef) {
  return (
    <Link key={`p${person.id}`} href={`/people/${person.slug}`}>
      {person.name}
    </Link>
  );
}

/**
 * The nominee's names: the award's wording with the people we know linked inside it, and any person
 * the wording leaves out appended; without a wording, the people themselves.
 */
export function NomineeNames({ displayName, people }: Pick<NomineeView, 'displayName' | 'people'>) {
  if (!displayName) return <>{joinNodes(people.map(personLink))}</>;
  const hits = people
    .map((person) => ({ person, at: displayName.indexOf(person.name) }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  const nodes: ReactNode[] = [];
  const linked = new Set<number>();
  let cursor = 0;
  for (const { person, at } of hits) {
    if (at < cursor) continue;
    nodes.push(displayName.slice(cursor, at), personLink(person));
    linked.add(person.id);
    cursor = at + person.name.length;
  }
  nodes.push(displayName.slice(cursor));
  const others = people.filter((person) => !linked.has(person.id));
  if (others.length) nodes.push(' (', ...joinNodes(others.map(personLink)), ')');
  return <>{nodes}</>;
}

function joinNodes(nodes: ReactNode[]): ReactNode[] {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [i === nodes.length - 1 ? ' and ' : ', ', node]));
}

/** A nominee on one line: its films, then (unless left out for brevity) the names; names alone without films. */
export function NomineeInBrief({ nominee, withNames = true }: { nominee: NomineeView; withNames?: boolean }) {
  const hasNames = Boolean(nominee.displayName) || nominee.people.length > 0;
  if (!nominee.films.length) return hasNames ? <NomineeNames {...nominee} /> : <span className="muted">Unnamed</span>;
  return (
    <>
      <FilmLinks films={nominee.films} />
      {withNames && hasNames ? (
        <span className="nominee-names">
          {' – '}
          <NomineeNames {...nominee} />
        </span>
      ) : null}
    </>
  );
}
