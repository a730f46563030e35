'use client';
// The nomination's wording: display name, detail, note, citation and position. Posted as a plain form
// without JavaScript, through useActionState with it; it sends the version it was drawn from, so a save
// made on a stale page is refused with what changed, and the fields keep what the editor typed.
import { useActionState } from 'react';
import { LabelledField } from '@/app/admin/_components/labelled-field';
import { updateNominationAction } from '../actions';
import { NOMINATION_FIELD_LABELS as LABELS } from '../nomination-field-labels';
import { FormMessage } from '@/app/admin/_components/form-message';

interface Details {
  id: number;
  version: number;
  displayName: string | null;
  detail: string | null;
  note: string | null;
  citation: string | null;
  position: number;
}
type Field = 'displayName' | 'detail' | 'note' | 'citation' | 'position';

export function NominationDetailsForm({ nomination }: { nomination: Details }) {
  const [state, formAction, isPending] = useActionState(updateNominationAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values;
  const field = (name: Field) => ({
    id: `nomination-${name}`,
    name,
    label: LABELS[name],
    defaultValue: typed?.[name] ?? String(nomination[name] ?? ''),
    errors: errors[name],
  });
  return (
    <form
      action={formAction}
      key={`${nomination.version}:${JSON.stringify(typed ?? null)}`}
      className="edit-form"
      aria-labelledby="nomination-details-heading"
    >
      <h2 id="nomination-details-heading">Wording</h2>
      <FormMessage state={state} />
      <input type="hidden" name="nominationId" value={nomination.id} />
      <input type="hidden" name="expectedVersion" value={typed?.expectedVersion ?? nomination.version} />
      <LabelledField
        {...field('displayName')}
        maxLength={300}
        hint="The nominee as the award wrote it, when the films and people do not say it."
      />
      <LabelledField
        {...field('detail')}
        maxLength={300}
        hint="What sets it apart: a song, a role. Part of what makes two nominees different."
      />
      <LabelledField {...field('note')} maxLength={2000} />
      <LabelledField {...field('citation')} maxLength={2000} />
      <LabelledField {...field('position')} inputMode="numeric" hint="Its place in the category's list, from 0." />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save wording'}
      </button>
    </form>
  );
}
