'use client';
// The status form: a new status among those the rules allow from the current one, when it happened, and
// the source URL (with an optional title and publisher) or a note it rests on. The change goes through
// changeStatus; a refused change comes back with the rule's own message.
import { useActionState } from 'react';
import { FieldError } from '@/app/login/_components/field-error';
import type { NominationStatus } from '@/db/schema';
import { changeNominationStatusAction } from '../actions';
import { FormMessage } from '@/app/admin/_components/form-message';

interface Props {
  nominationId: number;
  version: number;
  options: { value: NominationStatus; label: string }[];
}

const TEXT_FIELDS = [
  { name: 'occurredOn', label: 'Happened on', type: 'date' },
  { name: 'sourceUrl', label: 'Source URL', type: 'url' },
  { name: 'sourceTitle', label: 'Source title (optional)', type: 'text' },
  { name: 'sourcePublisher', label: 'Source publisher (optional)', type: 'text' },
  { name: 'note', label: 'Note (instead of a source, or beside it)', type: 'text' },
] as const;

export function NominationStatusForm({ nominationId, version, options }: Props) {
  const [state, formAction, isPending] = useActionState(changeNominationStatusAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values;
  return (
    <form
      noValidate
      action={formAction}
      key={`${version}:${JSON.stringify(typed ?? null)}`}
      className="edit-form"
      aria-labelledby="nomination-status-heading"
    >
      <h2 id="nomination-status-heading">Change the status</h2>
      <FormMessage state={state} />
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="form-field">
        <label htmlFor="nomination-to">New status</label>
        <select
          id="nomination-to"
          name="to"
          defaultValue={typed?.to ?? ''}
          required
          aria-describedby={errors.to ? 'nomination-to-error' : undefined}
        >
          <option value="" disabled>
            Choose…
          </option>
          {options.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id="nomination-to-error" messages={errors.to} />
      </div>
      {TEXT_FIELDS.map(({ name, label, type }) => (
        <div className="form-field" key={name}>
          <label htmlFor={`nomination-status-${name}`}>{label}</label>
          <input
            id={`nomination-status-${name}`}
            name={name}
            type={type}
            defaultValue={typed?.[name] ?? ''}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `nomination-status-${name}-error` : undefined}
          />
          <FieldError id={`nomination-status-${name}-error`} messages={errors[name]} />
        </div>
      ))}
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Change status'}
      </button>
    </form>
  );
}
