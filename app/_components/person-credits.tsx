// The films a person or company is credited on, newest first, one line per film with every role and the
// film's own record (its wins are the person's work too, even where a nomination names only the film).
import Link from 'next/link';
import { RecordTally } from './record-tally';

export interface PersonCreditView {
  filmId: number;
  slug: string;
  title: string;
  year: number | null;
  role: string;
}

export function PersonCredits({
  credits,
  records,
}: {
  credits: readonly PersonCreditView[];
  records: ReadonlyMap<number, { nominations: number; wins: number }>;
}) {
  const byFilm = new Map<number, { film: PersonCreditView; roles: string[] }>();
  for (const credit of credits) {
    const entry = byFilm.get(credit.filmId) ?? { film: credit, roles: [] };
    entry.roles.push(credit.role);
    byFilm.set(credit.filmId, entry);
  }
  return (
    <ul className="plain">
      {[...byFilm.values()].map(({ film, roles }) => (
        <li key={film.filmId}>
          <Link href={`/films/${film.slug}`}>{film.title}</Link>
          {film.year ? <span className="muted"> ({film.year})</span> : null}
          <span className="muted"> · {roles.join(', ')}</span>
          <RecordTally {...(records.get(film.filmId) ?? { nominations: 0, wins: 0, uncounted: {} })} />
        </li>
      ))}
    </ul>
  );
}
