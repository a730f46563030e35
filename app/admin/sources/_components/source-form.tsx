'use client';
// The source form, for a new source and for an existing one's details. Posted as a plain form without
// JavaScript (the page comes back with the answer), through useActionState with it. An edit sends the
// version it was drawn from, so a save made on a stale page is refused with what changed; after any
// refusal the fields keep what the admin typed. A new source's kind may be left to detection.
import { useActionState } from 'react';
import { FormControl } from '@/app/admin/awards/_components/form-control';
import { FormMessage } from '@/app/admin/_components/form-message';
import { createSourceAction, updateSourceAction } from '../actions';

interface SourceFormProps {
  mode: 'create' | 'edit';
  initial: Record<string, string>;
  awards: { slug: string; name: string }[];
}

const KINDS = [
  ['rss', 'RSS feed (0.9x, 1.0 or 2.0)'],
  ['atom', 'Atom feed'],
  ['json', 'JSON Feed'],
  ['html', 'Single article page (HTML)'],
] as const;

export function SourceForm({ mode, initial, awards }: SourceFormProps) {
  const [state, formAction, isPending] = useActionState(
    mode === 'create' ? createSourceAction : updateSourceAction,
    null,
  );
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ? { ...initial, ...failed.values } : initial;
  const errors = failed?.fieldErrors ?? {};
  const control = (name: string, label: string, hint?: string) => ({
    id: `source-${mode}-${name}`,
    label,
    hint,
    errors: errors[name],
  });
  const headingId = `source-${mode}-heading`;
  return (
    <form action={formAction} key={JSON.stringify(values)} className="edit-form" aria-labelledby={headingId} noValidate>
      <h2 id={headingId}>{mode === 'create' ? 'Add a source' : 'Details'}</h2>
      <FormMessage state={state} />
      {mode === 'edit' ? (
        <>
          <input type="hidden" name="sourceId" value={values.sourceId} />
          <input type="hidden" name="expectedVersion" value={values.expectedVersion} />
        </>
      ) : null}
      <FormControl {...control('url', 'Address', 'The feed’s or article page’s http:// or https:// address.')}>
        {(props) => <input {...props} name="url" type="url" defaultValue={values.url} required maxLength={2000} />}
      </FormControl>
      <FormControl {...control('kind', 'Kind')}>
        {(props) => (
          <select {...props} name="kind" defaultValue={values.kind || (mode === 'create' ? 'detect' : 'rss')}>
            {mode === 'create' ? <option value="detect">Detect (Laurels fetches the address once)</option> : null}
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormControl>
      <FormControl
        {...control(
          'schedule',
          'Schedule',
          'Five cron fields in UTC: minute hour day month weekday, e.g. */30 * * * *.',
        )}
      >
        {(props) => <input {...props} name="schedule" defaultValue={values.schedule} required maxLength={200} />}
      </FormControl>
      <FormControl {...control('award', 'Award', 'Optional: the award the source is about, a hint for extraction.')}>
        {(props) => (
          <select {...props} name="award" defaultValue={values.award ?? ''}>
            <option value="">Any award</option>
            {awards.map((award) => (
              <option key={award.slug} value={award.slug}>
                {award.name}
              </option>
            ))}
          </select>
        )}
      </FormControl>
      <FormControl {...control('name', 'Name', 'Optional, shown in the list.')}>
        {(props) => <input {...props} name="name" defaultValue={values.name} maxLength={200} />}
      </FormControl>
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : mode === 'create' ? 'Add source' : 'Save details'}
      </button>
    </form>
  );
}
