// Who made the film, as its edit page lists them: each credit (person, role) with a link to the person's
// edit page and a remove button, then the form that adds one.
import Link from 'next/link';
import { RemoveForm } from '@/app/admin/_components/remove-form';
import { removeCreditAction } from '../credit-actions';
import { AddCreditForm } from './film-credit-forms';

export interface CreditRow {
  id: number;
  role: string;
  position: number;
  personName: string;
  personSlug: string;
}

export function FilmCreditList({ filmId, credits }: { filmId: number; credits: readonly CreditRow[] }) {
  return (
    <section aria-labelledby="film-credits-heading" className="edit-aliases">
      <h2 id="film-credits-heading">Credits</h2>
      {credits.length ? (
        <ul className="plain">
          {credits.map((row) => (
            <li key={row.id}>
              <Link href={`/admin/people/${row.personSlug}`}>{row.personName}</Link>, {row.role}{' '}
              <RemoveForm
                action={removeCreditAction}
                fields={{ filmId, creditId: row.id }}
                messageId={`credit-${row.id}-message`}
                label={`Remove credit: ${row.personName}, ${row.role}`}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No credits recorded.</p>
      )}
      <AddCreditForm filmId={filmId} />
    </section>
  );
}
