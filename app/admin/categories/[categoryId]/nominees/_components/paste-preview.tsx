// The preview of a pasted list, line by line: the film it matched (a link), the films to choose from (radio
// buttons), a new film to create (a checkbox, unticked), a nominee already in the category (skipped, or
// moved on to the pasted status: the shortlist named as nominees), or a line that cannot be read and why.
// Its inputs belong to the paste form around it.
import Link from 'next/link';
import type { FilmChoice, LinePlan, PasteStatus } from '@/db/queries/nominee-paste';
import { STATUS_LABELS } from '@/db/rules/status';

export function PastePreview({ plans, status }: { plans: LinePlan[]; status: PasteStatus }) {
  return (
    <section aria-labelledby="paste-preview-heading" className="paste-preview">
      <h2 id="paste-preview-heading">Preview</h2>
      <p className="muted">Nothing is written yet. Check each line, then press &ldquo;Add nominees&rdquo;.</p>
      <ol className="plain">
        {plans.map((plan) => (
          <li key={plan.lineNo} className={`paste-line is-${plan.outcome}`}>
            <p>
              <span className="muted">Line {plan.lineNo}:</span> {plan.text}
            </p>
            <LineOutcome plan={plan} status={status} />
            {plan.hint ? <p className="muted">{plan.hint}</p> : null}
            <NewRecords plan={plan} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function filmLabel(film: Pick<FilmChoice, 'title' | 'year'>) {
  return film.year ? `${film.title} (${film.year})` : film.title;
}

function LineOutcome({ plan, status }: { plan: LinePlan; status: PasteStatus }) {
  const [first] = plan.candidates;
  const now = plan.nominee && STATUS_LABELS[plan.nominee.status].toLowerCase();
  switch (plan.outcome) {
    case 'invalid':
      return <p className="field-error">Cannot be read: {plan.reason}</p>;
    case 'already-nominated':
      return (
        <p>
          Already {now} in this category: <Link href={`/films/${first!.slug}`}>{filmLabel(first!)}</Link>. Skipped.
        </p>
      );
    case 'advance':
      return (
        <p>
          <Link href={`/films/${first!.slug}`}>{filmLabel(first!)}</Link> is {now} in this category: it moves on to{' '}
          {STATUS_LABELS[status].toLowerCase()}.
          {plan.nominee!.newPeople.length
            ? ` The people it does not hold yet (${plan.nominee!.newPeople.join(', ')}) are not added: add them on its page.`
            : null}
        </p>
      );
    case 'repeat':
      return <p>Repeats line {plan.repeatOf}: one nominee is added once. Skipped.</p>;
    case 'matched':
      return (
        <p>
          Matched: <Link href={`/films/${first!.slug}`}>{filmLabel(first!)}</Link>
        </p>
      );
    case 'choose':
      return (
        <fieldset>
          <legend>Several films are called &ldquo;{plan.title}&rdquo;: pick one</legend>
          {plan.candidates.map((film) => (
            <label key={film.id} className="inline-choice">
              <input type="radio" name={`pick-${plan.lineNo}`} value={film.id} disabled={film.isNominated} />{' '}
              {filmLabel(film)}
              {/* Two films of one title and year (a duplicate to merge?) are told apart by their addresses. */}
              {plan.candidates.some((other) => other.id !== film.id && filmLabel(other) === filmLabel(film))
                ? ` · ${film.slug}`
                : null}{' '}
              (<Link href={`/films/${film.slug}`}>page</Link>){film.isNominated ? ' — already in this category' : null}
            </label>
          ))}
        </fieldset>
      );
    case 'new':
      return plan.otherYears?.length ? (
        <p>
          No film of this title from {plan.year} is known, but there {plan.otherYears.length === 1 ? 'is' : 'are'}{' '}
          {plan.otherYears.map((film, i, all) => (
            <span key={film.id}>
              {i === 0 ? null : i === all.length - 1 ? ' and ' : ', '}
              <Link href={`/films/${film.slug}`}>{filmLabel(film)}</Link>
            </span>
          ))}
          : if the line means {plan.otherYears.length === 1 ? 'it' : 'one of them'}, correct the year.
        </p>
      ) : (
        <p>No film with this title is known.</p>
      );
  }
}

/** The checkbox that agrees to create what the line needs: a new film, new people, or both. */
function NewRecords({ plan }: { plan: LinePlan }) {
  if (!plan.confirmKey || plan.outcome === 'invalid') return null;
  const newPeople = plan.people.filter((p) => !p.person).map((p) => p.name);
  const parts = [
    plan.outcome === 'new' ? `new film “${filmLabel(plan)}”` : null,
    newPeople.length ? `new ${newPeople.length === 1 ? 'person' : 'people'} ${newPeople.join(', ')}` : null,
  ].filter(Boolean);
  const id = `paste-confirm-${plan.lineNo}`;
  return (
    <p>
      <input id={id} type="checkbox" name="confirm[]" value={plan.confirmKey} />{' '}
      <label htmlFor={id}>Create {parts.join(' and ')}</label>
    </p>
  );
}
