'use client';
// The films (or the people) a nomination honours: each with a remove button, and a field to add one by
// title ("Tower (2016)" tells same-titled films apart) or by name. All the forms share one answer.
import Link from 'next/link';
import { useActionState } from 'react';
import { FieldError } from '@/app/login/_components/field-error';
import { nominationMemberAction } from '../actions';

interface Props {
  kind: 'films' | 'people';
  nominationId: number;
  version: number;
  members: { id: number; href: string; label: string }[];
}

export function NominationMembersSection({ kind, nominationId, version, members }: Props) {
  const [state, formAction, isPending] = useActionState(nominationMemberAction, null);
  const failed = state && !state.ok ? state : null;
  const isFilm = kind === 'films';
  const field = isFilm ? 'filmTitle' : 'personName';
  const errors = failed?.fieldErrors?.[field] ?? failed?.fieldErrors?.[kind];
  const headingId = `nomination-${kind}-heading`;
  const hidden = (
    <>
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
  return (
    <section aria-labelledby={headingId} className="edit-form">
      <h2 id={headingId}>{isFilm ? 'Films' : 'People'}</h2>
      <p role={failed ? 'alert' : 'status'} className={failed ? 'form-error' : 'form-ok'}>
        {/* A refusal the field's own error already says is not said twice. */}
        {failed && errors?.includes(failed.message) ? null : state?.message}
      </p>
      {members.length ? (
        <ul className="plain">
          {members.map((member) => (
            <li key={member.id}>
              <form noValidate action={formAction}>
                {hidden}
                <input type="hidden" name="memberId" value={member.id} />
                <Link href={member.href}>{member.label}</Link>{' '}
                <button
                  type="submit"
                  name="intent"
                  value={isFilm ? 'remove-film' : 'remove-person'}
                  disabled={isPending}
                >
                  Remove<span className="visually-hidden"> {member.label}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}
      <form noValidate action={formAction} key={`${version}:${JSON.stringify(failed?.values ?? null)}`}>
        {hidden}
        <div className="form-field">
          <label htmlFor={`nomination-${field}`}>{isFilm ? 'Add a film by title' : 'Add a person by name'}</label>
          <input
            id={`nomination-${field}`}
            name={field}
            type="text"
            required
            defaultValue={failed?.values?.[field] ?? ''}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={errors?.length ? `nomination-${field}-error` : undefined}
          />
          <FieldError id={`nomination-${field}-error`} messages={errors} />
        </div>
        <button type="submit" name="intent" value={isFilm ? 'add-film' : 'add-person'} disabled={isPending}>
          {isFilm ? 'Add film' : 'Add person'}
        </button>
      </form>
    </section>
  );
}
