// A film's credits grouped by role (directors first, as the query orders them), each name linked.
import Link from 'next/link';
import { Fragment } from 'react';
import type { FilmCredit } from '@/db/queries/films';

const ROLE_LABELS: Record<string, [string, string]> = {
  director: ['Director', 'Directors'],
  producer: ['Producer', 'Producers'],
  'production company': ['Production company', 'Production companies'],
};

function roleLabel(role: string, count: number): string {
  const known = ROLE_LABELS[role];
  if (known) return count === 1 ? known[0] : known[1];
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export function FilmCredits({ credits }: { credits: readonly FilmCredit[] }) {
  const byRole = new Map<string, FilmCredit[]>();
  for (const credit of credits) byRole.set(credit.role, [...(byRole.get(credit.role) ?? []), credit]);
  return (
    <dl className="facts film-credits">
      {[...byRole].map(([role, list]) => (
        <Fragment key={role}>
          <dt>{roleLabel(role, list.length)}</dt>
          <dd>
            {list.map((credit, i) => (
              <span key={credit.personId}>
                {i > 0 ? ', ' : null}
                <Link href={`/people/${credit.slug}`}>{credit.name}</Link>
              </span>
            ))}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
