// One category of an edition: its winners first, where a reader looks for them, then the other nominees
// in the award's order, the winners marked in words as well as colour, and each nominee's current status
// with the source (or admin's note) it rests on. When one source backs every status of the category (a
// data set, a results article), it is cited once above the nominees instead of on each line, which keeps
// both the page and the reader's eye light.
import type { EditionNomination, LatestStatus } from '@/db/queries/awards';
import { FilmLinks, NomineeNames } from './award-nominee';
import { SourceCitation } from './source-citation';
import { StatusBadge } from './status-badge';

export interface EditionCategoryView {
  slug: string;
  name: string;
  description: string | null;
  nominations: readonly EditionNomination[];
}

/** The one reason every nominee's status shares, if they share one. */
function sharedReason(nominations: readonly EditionNomination[]): LatestStatus | null {
  const [first, ...rest] = nominations;
  if (!first?.latest || !rest.length) return null;
  const same = (latest: LatestStatus | null) =>
    latest !== null && latest.source?.id === first.latest!.source?.id && latest.note === first.latest!.note;
  return rest.every((nomination) => same(nomination.latest)) ? first.latest : null;
}

export function EditionCategory({ category }: { category: EditionCategoryView }) {
  const headingId = `category-${category.slug}`;
  const shared = sharedReason(category.nominations);
  return (
    <section aria-labelledby={headingId} className="edition-category">
      <h2 id={headingId}>{category.name}</h2>
      {category.description ? <p className="muted">{category.description}</p> : null}
      {shared ? (
        <p className="category-source">
          For every status below: <SourceCitation source={shared.source} note={shared.note} />
        </p>
      ) : null}
      {category.nominations.length ? (
        <ul className="plain nominees">
          {winnersFirst(category.nominations).map((nomination) => (
            <NomineeItem key={nomination.id} nomination={nomination} isReasonShown={shared !== null} />
          ))}
        </ul>
      ) : (
        <p className="muted">No nominees recorded yet.</p>
      )}
    </section>
  );
}

/** The winners, then the rest, each in the award's order. */
const winnersFirst = (nominations: readonly EditionNomination[]) => [
  ...nominations.filter((nomination) => nomination.status === 'won'),
  ...nominations.filter((nomination) => nomination.status !== 'won'),
];

/** A nomination's note after "Note:", unless it says so itself (oscar_data's have "NOTE:" in them). */
const labelledNote = (note: string) => (/\bnote:/i.test(note) ? note : `Note: ${note}`);

function NomineeItem({ nomination, isReasonShown }: { nomination: EditionNomination; isReasonShown: boolean }) {
  const isWinner = nomination.status === 'won';
  const hasNames = Boolean(nomination.displayName) || nomination.people.length > 0;
  const hasFilms = nomination.films.length > 0;
  const asides = [nomination.detail, nomination.citation, nomination.note && labelledNote(nomination.note)];
  const latest = isReasonShown ? null : nomination.latest;
  return (
    <li className={isWinner ? 'nominee winner' : 'nominee'}>
      <p className="nominee-main">
        <StatusBadge status={nomination.status} />{' '}
        {hasFilms ? <FilmLinks films={nomination.films} withYears={false} /> : null}
        {hasFilms && hasNames ? ' – ' : null}
        {hasNames ? <NomineeNames {...nomination} /> : null}
        {!hasFilms && !hasNames ? 'Unnamed' : null}
      </p>
      {asides.map((text, i) =>
        text ? (
          <p key={i} className="muted nominee-detail">
            {text}
          </p>
        ) : null,
      )}
      {latest ? (
        <p className="nominee-source">
          <SourceCitation source={latest.source} note={latest.note} />
        </p>
      ) : null}
    </li>
  );
}
