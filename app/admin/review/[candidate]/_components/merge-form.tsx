'use client';
// "Merge into an existing film": the announcement names a film the catalogue holds under another title.
// The editor names that film; its title from the announcement becomes an alias and the candidate is
// accepted in the category it matched.
import { useActionState } from 'react';
import { LabelledField } from '@/app/admin/_components/labelled-field';
import { mergeCandidateAction } from '../../actions';
import { FormMessage } from '@/app/admin/_components/form-message';

export function MergeForm({ candidateId, version }: { candidateId: number; version: number }) {
  const [state, formAction, isPending] = useActionState(mergeCandidateAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values ?? {};
  return (
    <form
      noValidate
      action={formAction}
      className="edit-form"
      key={JSON.stringify(typed)}
      aria-labelledby="merge-heading"
    >
      <h2 id="merge-heading">Merge into an existing film</h2>
      <FormMessage state={state} id="merge-message" />
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <LabelledField
        id="merge-filmTitle"
        name="filmTitle"
        label="The film it is (title or alias)"
        defaultValue={typed.filmTitle ?? ''}
        errors={errors.filmTitle}
        required
        maxLength={300}
      />
      <LabelledField
        id="merge-filmYear"
        name="filmYear"
        label="Its year"
        defaultValue={typed.filmYear ?? ''}
        errors={errors.filmYear}
        inputMode="numeric"
        hint="Needed when several films share the title."
      />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Merging…' : 'Merge and accept'}
      </button>
    </form>
  );
}
