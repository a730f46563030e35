'use client';
// The paste form. One form, two buttons: "Preview" shows how each line matches (rendered from the
// action's answer, so it works as a plain form post without JavaScript too), and "Add nominees", offered
// once a preview is shown, sends the same list with the picks and ticks made in the preview. The server
// plans again before writing, so an edit to the list after the preview is never applied blindly.
import { useActionState } from 'react';
import type { PasteStatus } from '@/db/queries/nominee-paste-lines';
import { pasteNomineesAction } from '../actions';
import type { PasteState, PasteValues } from '../paste-state';
import { LabelledField } from '@/app/admin/_components/labelled-field';
import { PastePreview } from './paste-preview';
import { PasteReportList } from './paste-report-list';
import { FormMessage } from '@/app/admin/_components/form-message';

interface Props {
  categoryId: number;
  /** The statuses a list may give, with their labels (from db/rules/status.ts, read on the server). */
  statusOptions: { value: PasteStatus; label: string }[];
}

export function NomineePasteForm({ categoryId, statusOptions }: Props) {
  const [state, formAction, isPending] = useActionState(pasteNomineesAction, null);
  const failed = state && !state.ok ? state : null;
  const answer: PasteState | undefined = state?.ok ? state.data : undefined;
  const errors = failed?.fieldErrors ?? {};
  const values: PasteValues = failed?.values ?? answer?.values ?? {};
  const field = (name: keyof PasteValues) => ({
    id: `paste-${name}`,
    name,
    defaultValue: values[name] ?? '',
    errors: errors[name],
  });
  const status = values.status ?? 'nominated';
  return (
    // A new key after each answer makes the fields start again from the values it sent back.
    <form noValidate action={formAction} key={JSON.stringify(state ?? null)} className="edit-form paste-form">
      <FormMessage state={state} />
      <input type="hidden" name="categoryId" value={categoryId} />
      <LabelledField {...field('lines')} type="textarea" label="Nominees, one a line" required />
      <fieldset>
        <legend>Status to give them</legend>
        {statusOptions.map(({ value, label }) => (
          <label key={value} className="inline-choice">
            <input type="radio" name="status" value={value} defaultChecked={status === value} /> {label}
          </label>
        ))}
        {errors.status ? <p className="field-error">{errors.status.join(' ')}</p> : null}
      </fieldset>
      <LabelledField
        {...field('occurredOn')}
        type="date"
        label="Announced on"
        hint="When the list was announced, if known."
      />
      <LabelledField
        {...field('sourceUrl')}
        type="url"
        label="Source URL"
        hint="Where the list was published. A source URL or a note is required."
      />
      <LabelledField {...field('sourceTitle')} label="Source title (optional)" />
      <LabelledField {...field('sourcePublisher')} label="Source publisher (optional)" />
      <LabelledField {...field('note')} type="textarea" label="Note" hint="Instead of a source, or beside it." />
      {answer?.kind === 'preview' ? <PastePreview plans={answer.plans} status={answer.status} /> : null}
      {answer?.kind === 'added' ? <PasteReportList report={answer.report} /> : null}
      <div className="form-actions">
        <button type="submit" name="intent" value="preview" disabled={isPending}>
          Preview
        </button>{' '}
        {answer?.kind === 'preview' ? (
          <button type="submit" name="intent" value="add" disabled={isPending}>
            Add nominees
          </button>
        ) : null}
      </div>
    </form>
  );
}
