// One category of an edition: its nominees in the award's order, the winners marked in words as well
// as colour, and each nominee's current status with the source (or admin's note) it rests on.
import type { EditionNomination } from '@/db/queries/awards';
import { FilmLinks, NomineeNames } from './award-nominee';
import { SourceCitation } from './source-citation';
import { StatusBadge } from './status-badge';

export interface EditionCategoryView {
  slug: string;
  name: string;
  description: string | null;
  nominations: readonly EditionNomination[];
}

export function EditionCategory({ category }: { category: EditionCategoryView }) {
  const headingId = `category-${category.slug}`;
  return (
    <section aria-labelledby={headingId} className="edition-category">
      <h2 id={headingId}>{category.name}</h2>
      {category.description ? <p className="muted">{category.description}</p> : null}
      {category.nominations.length ? (
        <ul className="plain nominees">
          {category.nominations.map((nomination) => (
            <NomineeItem key={nomination.id} nomination={nomination} />
          ))}
        </ul>
      ) : (
        <p className="muted">No nominees recorded yet.</p>
      )}
    </section>
  );
}

function NomineeItem({ nomination }: { nomination: EditionNomination }) {
  const isWinner = nomination.status === 'won';
  const hasNames = Boolean(nomination.displayName) || nomination.people.length > 0;
  const hasFilms = nomination.films.length > 0;
  const asides = [nomination.detail, nomination.citation, nomination.note ? `Note: ${nomination.note}` : null];
  return (
    <li className={isWinner ? 'nominee winner' : 'nominee'}>
      <p className="nominee-main">
        {isWinner ? <span className="winner-mark">Winner: </span> : null}
        {hasFilms ? <FilmLinks films={nomination.films} /> : null}
        {hasFilms && hasNames ? <span className="nominee-sep"> – </span> : null}
        {hasNames ? (
          <span className="nominee-names">
            <NomineeNames {...nomination} />
          </span>
        ) : null}
        {!hasFilms && !hasNames ? 'Unnamed' : null}
      </p>
      {asides.map((text, i) =>
        text ? (
          <p key={i} className="muted nominee-detail">
            {text}
          </p>
        ) : null,
      )}
      <p className="nominee-status">
        <StatusBadge status={nomination.status} />{' '}
        {nomination.latest ? <SourceCitation source={nomination.latest.source} note={nomination.latest.note} /> : null}
      </p>
    </li>
  );
}
