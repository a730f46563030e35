'use client';
// The award form, for a new award and for an existing one's details. Posted as a plain form without
// JavaScript (the page comes back with the answer), through useActionState with it. An edit sends the
// version it was drawn from, so a save made on a stale page is refused with what changed; after any
// refusal the fields keep what the editor typed.
import { useActionState } from 'react';
import { createAwardAction, updateAwardAction } from '../actions';
import { FormControl } from './form-control';
import { FormMessage } from '@/app/admin/_components/form-message';

interface AwardFormProps {
  mode: 'create' | 'edit';
  initial: Record<string, string>;
  organizations: { id: number; name: string }[];
}

export function AwardForm({ mode, initial, organizations }: AwardFormProps) {
  const [state, formAction, isPending] = useActionState(
    mode === 'create' ? createAwardAction : updateAwardAction,
    null,
  );
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ? { ...initial, ...failed.values } : initial;
  const errors = failed?.fieldErrors ?? {};
  const control = (name: string, label: string, hint?: string) => ({
    id: `award-${name}`,
    label,
    hint,
    errors: errors[name],
  });
  return (
    <form
      action={formAction}
      key={JSON.stringify(values)}
      className="edit-form"
      aria-labelledby="award-form-heading"
      noValidate
    >
      <h2 id="award-form-heading">{mode === 'create' ? 'New award' : 'Details'}</h2>
      <FormMessage state={state} />
      {mode === 'edit' ? (
        <>
          <input type="hidden" name="awardId" value={values.awardId} />
          <input type="hidden" name="expectedVersion" value={values.expectedVersion} />
        </>
      ) : null}
      <FormControl {...control('name', 'Name')}>
        {(props) => <input {...props} name="name" defaultValue={values.name} required maxLength={200} />}
      </FormControl>
      <FormControl {...control('shortName', 'Short name', 'Optional, e.g. IDA Awards.')}>
        {(props) => <input {...props} name="shortName" defaultValue={values.shortName} maxLength={60} />}
      </FormControl>
      <FormControl {...control('kind', 'Kind')}>
        {(props) => (
          <select {...props} name="kind" defaultValue={values.kind || 'ceremony'}>
            <option value="ceremony">Ceremony</option>
            <option value="festival">Festival</option>
          </select>
        )}
      </FormControl>
      <FormControl {...control('organization', 'Organization', 'The body that gives the award.')}>
        {(props) => (
          <select {...props} name="organization" defaultValue={values.organization ?? ''}>
            <option value="">None or unknown</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
            <option value="new">A new organization (type its name below)</option>
          </select>
        )}
      </FormControl>
      <FormControl
        {...control('newOrganization', 'New organization’s name', 'Only when “A new organization” is picked.')}
      >
        {(props) => <input {...props} name="newOrganization" defaultValue={values.newOrganization} maxLength={200} />}
      </FormControl>
      <FormControl {...control('url', 'Web address', 'http:// or https://')}>
        {(props) => <input {...props} name="url" type="url" defaultValue={values.url} maxLength={500} />}
      </FormControl>
      <FormControl {...control('description', 'Description')}>
        {(props) => <textarea {...props} name="description" rows={3} defaultValue={values.description} />}
      </FormControl>
      {mode === 'create' ? (
        <FormControl {...control('aliases', 'Aliases', 'Other names of the award, one a line; optional.')}>
          {(props) => <textarea {...props} name="aliases" rows={3} defaultValue={values.aliases} />}
        </FormControl>
      ) : null}
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : mode === 'create' ? 'Create award' : 'Save details'}
      </button>
    </form>
  );
}
