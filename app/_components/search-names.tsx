// The films, people and awards whose names match the search words, best match first, in three groups.
import Link from 'next/link';
import { RANK_LIMIT, type NameResults } from '@/db/search';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function tally(nominations: number, wins: number) {
  if (!nominations) return null;
  return (
    <span className="muted">
      {' '}
      · {plural(nominations, 'nomination')}
      {wins ? `, ${plural(wins, 'win')}` : ''}
    </span>
  );
}

function GroupHeading(props: { id: string; label: string; shown: number; total: number; isSampled: boolean }) {
  const { id, label, shown, total, isSampled } = props;
  const count = isSampled
    ? `${shown} of more than ${total.toLocaleString('en')}`
    : shown < total
      ? `${shown} best of ${total.toLocaleString('en')}`
      : String(total);
  return (
    <h2 id={id}>
      {label} <span className="muted search-count">{count}</span>
    </h2>
  );
}

export function SearchNames({ results }: { results: NameResults }) {
  const { films, people, awards, isSampled } = results;
  return (
    <>
      {isSampled ? (
        <p className="notice">
          These words are very common: exact titles and names come first, then the best of the first{' '}
          {RANK_LIMIT.toLocaleString('en')} matches. Add a word to narrow the search.
        </p>
      ) : null}
      {films.hits.length ? (
        <section aria-labelledby="search-films">
          <GroupHeading
            id="search-films"
            label="Films"
            shown={films.hits.length}
            total={films.total}
            isSampled={isSampled}
          />
          <ul className="plain search-hits">
            {films.hits.map((film) => (
              <li key={film.id}>
                <Link href={`/films/${film.slug}`}>{film.title}</Link>
                {film.year ? <span className="muted"> ({film.year})</span> : null}
                {tally(film.nominations, film.wins)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {people.hits.length ? (
        <section aria-labelledby="search-people">
          <GroupHeading
            id="search-people"
            label="People and companies"
            shown={people.hits.length}
            total={people.total}
            isSampled={isSampled}
          />
          <ul className="plain search-hits">
            {people.hits.map((person) => (
              <li key={person.id}>
                <Link href={`/people/${person.slug}`}>{person.name}</Link>
                {person.kind === 'company' ? <span className="muted"> (company)</span> : null}
                {tally(person.nominations, person.wins)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {awards.hits.length ? (
        <section aria-labelledby="search-awards">
          <GroupHeading
            id="search-awards"
            label="Awards"
            shown={awards.hits.length}
            total={awards.total}
            isSampled={isSampled}
          />
          <ul className="plain search-hits">
            {awards.hits.map((award) => (
              <li key={award.id}>
                <Link href={`/awards/${award.slug}`}>{award.name}</Link>
                {award.organization ? <span className="muted"> · {award.organization}</span> : null}
                <span className="muted"> · {plural(award.editions, 'edition')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
