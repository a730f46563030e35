// One category on the results screen: its heading (a jump target) with its state, every nominee with
// its status and its button, and the button that closes or reopens the category. A closed category
// offers only "Reopen category" (no nominee to add, no winner to mark): its results are final until
// someone reopens it.
import { StatusBadge } from '@/app/_components/status-badge';
import type { SheetCategory, SheetNominee } from '@/db/queries/results-sheet';
import { checkTransition } from '@/db/rules/status';
import { CategoryResultForm } from './category-result-form';
import Link from 'next/link';
import { NomineeResultForm } from './nominee-result-form';
import { ResultStateFlag } from './result-state-flag';
import { resultsSectionId } from './results-jump-list';

export function ResultsCategory({ category }: { category: SheetCategory }) {
  const id = resultsSectionId(category);
  const isClosed = category.state === 'closed';
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className={`results-category is-${category.state}`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {category.name} <ResultStateFlag state={category.state} />
      </h2>
      {category.nominees.length ? (
        <ul className="plain results-nominees">
          {category.nominees.map((nominee) => (
            <NomineeRow
              key={nominee.id}
              nominee={nominee}
              isClosed={isClosed}
              category={category.name}
              categoryState={category.stateToken}
              winners={category.nominees.filter((other) => other.status === 'won').map((other) => other.label)}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">No nominees recorded yet.</p>
      )}
      {isClosed ? null : (
        <p>
          <Link href={`/admin/categories/${category.id}/nominees`}>Add nominees to {category.name}</Link>
        </p>
      )}
      {category.nominees.length ? (
        <CategoryResultForm
          categoryId={category.id}
          name={category.name}
          isClosed={isClosed}
          stateToken={category.stateToken}
        />
      ) : null}
    </section>
  );
}

function NomineeRow({
  nominee,
  isClosed,
  category,
  categoryState,
  winners,
}: {
  nominee: SheetNominee;
  isClosed: boolean;
  /** The category's name, which the row's buttons and links name beside the nominee. */
  category: string;
  categoryState: string;
  /** The category's winners: marking another makes a tie, which its button says. */
  winners: readonly string[];
}) {
  const isWinner = nominee.status === 'won';
  // Only what the status rules allow is offered: a withdrawn nominee, for one, cannot win, and a win
  // recorded from the start has no earlier status to go back to.
  const canAct = !isClosed && (isWinner ? nominee.statusBeforeWin !== null : checkTransition(nominee.status, 'won').ok);
  return (
    <li className={isWinner ? 'results-nominee winner' : 'results-nominee'}>
      <p className="results-nominee-name">
        <StatusBadge status={nominee.status} /> {isWinner ? <strong>{nominee.label}</strong> : nominee.label}
        {nominee.detail ? <span className="muted"> ({nominee.detail})</span> : null}
        <span className="muted">
          {' · '}
          <Link
            href={`/admin/nominations/${nominee.id}`}
            aria-label={`Edit nomination: ${nominee.label} in ${category}`}
          >
            Edit nomination
          </Link>
        </span>
        {nominee.films.map((film) => (
          <span key={film.id} className="muted">
            {' · '}
            <Link href={`/admin/films/${film.slug}`}>Edit {film.title}</Link>
          </span>
        ))}
      </p>
      {canAct ? (
        <NomineeResultForm
          nominationId={nominee.id}
          version={nominee.version}
          categoryState={categoryState}
          isWinner={isWinner}
          tiesWith={isWinner ? [] : winners}
          label={nominee.label}
          category={category}
        />
      ) : isWinner && !isClosed ? (
        <p className="muted">Recorded as a winner from the start: change it on its nomination page, with a source.</p>
      ) : null}
    </li>
  );
}
