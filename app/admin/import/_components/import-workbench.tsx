'use client';
// The import page's forms: the upload (a file, or pasted text) and, under a clean preview, the
// confirmation that posts the same text back, with a box to tick when the file would change or undo results. Both
// go to one Server Action through useActionState, and both work as plain forms without JavaScript (the
// page comes back with the answer).
import { useActionState } from 'react';
import { plural } from '@/app/_lib/plural';
import { importNominationsAction } from '../actions';
import { ImportPreview } from './import-preview';
import { UploadForm } from './upload-form';

export function ImportWorkbench() {
  const [state, formAction, isPending] = useActionState(importNominationsAction, null);
  const view = state?.ok ? state.data : undefined;
  // A refusal, or an answer that wrote nothing although the admin asked for it, is announced as an alert.
  const isAlert = state ? !state.ok || view?.stage === 'stale' || Boolean(view?.counts.errors) : false;
  return (
    <>
      <p
        id="import-message"
        role={isAlert ? 'alert' : 'status'}
        className={isAlert ? 'form-error' : state ? 'form-ok' : undefined}
      >
        {state?.message}
      </p>
      {view ? <ImportPreview view={view} /> : null}
      {view?.csv ? (
        <form action={formAction} className="edit-form" aria-labelledby="import-apply-heading">
          <h2 id="import-apply-heading">Apply this import</h2>
          <p>
            The file is read and checked again when you apply it. If anyone changed these records since this preview,
            nothing is written and you see the new preview.
          </p>
          <input type="hidden" name="intent" value="apply" />
          <input type="hidden" name="fileName" value={view.fileName} />
          <input type="hidden" name="fingerprint" value={view.fingerprint} />
          <textarea name="csv" hidden readOnly value={view.csv} aria-hidden="true" />
          {view.counts.revisions ? (
            <p className="form-field">
              <span>
                <input id="import-undo-results" type="checkbox" name="undoResults" />{' '}
                <label htmlFor="import-undo-results">
                  Change these results: the file is the newer record ({plural(view.counts.revisions, 'row')} under
                  “Results it would change”)
                </label>
              </span>
            </p>
          ) : null}
          <button type="submit" disabled={isPending}>
            {isPending
              ? 'Applying…'
              : `Apply: ${view.counts.created} new, ${plural(view.counts.changed, 'status change')}`}
          </button>
        </form>
      ) : null}
      <UploadForm
        formAction={formAction}
        isPending={isPending}
        errors={state && !state.ok ? state.fieldErrors : undefined}
        pasted={state && !state.ok ? state.values?.csv : undefined}
        again={Boolean(view)}
      />
    </>
  );
}
