'use server';
// The Server Action of the nominations import page: one action, two steps. "preview" parses and plans the
// posted file or text and shows what would change; "apply" receives the same text back, and
// db/queries/nomination-import-apply.ts plans it again inside the write transaction, refusing when the
// plan differs from the preview's (the catalogue or the text changed) or has an error row, or undoes results
// (a file older than the catalogue) without the box that says this is meant.
// Public pages need no revalidation: their cache watches the database (db/page-cache.cjs).
import { guardedAction, type ActionResult } from '@/app/_lib/action';
import { actorOf, type SessionUser } from '@/app/_lib/auth';
import { getDb } from '@/db/client';
import {
  applyNominationImport,
  previewNominationImport,
  type ImportOutcome,
} from '@/db/queries/nomination-import-apply';
import { plural } from '@/app/_lib/plural';
import { decodeUpload } from './decode-upload';
import { importSchema, fileNameOf, type ImportForm } from './import-schema';
import { issueMessages, summaryOf, viewOfPlan, type ImportView } from './import-view';

type ImportResult = ActionResult<ImportView>;

export const importNominationsAction = guardedAction(
  'editor',
  importSchema,
  async (form, user): Promise<ImportResult> => (form.intent === 'preview' ? preview(form) : apply(form, user)),
  'importNominationsAction',
);

async function preview(form: Extract<ImportForm, { intent: 'preview' }>): Promise<ImportResult> {
  const fromFile = form.file && form.file.size > 0;
  const fileName = fromFile ? fileNameOf(form.file) : 'pasted text';
  const decoded = fromFile ? decodeUpload(new Uint8Array(await form.file!.arrayBuffer()), fileName) : null;
  if (decoded && !decoded.ok) return { ok: false, message: decoded.message, fieldErrors: { file: [decoded.message] } };
  const csv = decoded ? decoded.text : form.csv;
  return answer(previewNominationImport(getDb(), csv), fileName, csv, fromFile ? 'file' : 'csv');
}

function apply(form: Extract<ImportForm, { intent: 'apply' }>, user: SessionUser): ImportResult {
  const request = {
    csv: form.csv,
    fileName: form.fileName,
    actor: actorOf(user),
    confirmRevisions: form.undoResults,
  };
  return answer(applyNominationImport(getDb(), request, form.fingerprint), form.fileName, form.csv, 'csv');
}

function answer(outcome: ImportOutcome, fileName: string, csv: string, field: 'file' | 'csv'): ImportResult {
  switch (outcome.kind) {
    case 'unreadable':
      return {
        ok: false,
        message: `${fileName === 'pasted text' ? 'The pasted text' : fileName} cannot be imported as it is; nothing was written. Fix what is listed below and preview it again.`,
        fieldErrors: { [field]: issueMessages(outcome.issues) },
        values: field === 'csv' && csv.length < 200_000 ? { csv } : {},
      };
    case 'planned': {
      const view = viewOfPlan(outcome.plan, 'preview', fileName, csv);
      const message = view.counts.errors
        ? `Nothing can be written while a row has an error (${summaryOf(view.counts)}). Fix the file and preview it again.`
        : view.csv
          ? `Preview of ${fileName}: ${summaryOf(view.counts)}. ${revisionsWarning(view)}Nothing is written until you apply it.`
          : `${fileName} matches the catalogue: nothing to change.`;
      return { ok: true, message, data: view };
    }
    case 'stale': {
      const view = viewOfPlan(outcome.plan, 'stale', fileName, csv);
      return {
        ok: true,
        message: `Nothing was written: the catalogue (or the file) changed since your preview, so the import would now do something else. Here is the new preview (${summaryOf(view.counts)}); check it and apply again.`,
        data: view,
      };
    }
    case 'unconfirmed': {
      const view = viewOfPlan(outcome.plan, 'preview', fileName, csv);
      return {
        ok: true,
        message: `Nothing was written. ${revisionsWarning(view)}Tick “Change these results” to apply the file as it is.`,
        data: view,
      };
    }
    case 'applied': {
      const view = viewOfPlan(outcome.plan, 'applied', fileName, csv);
      return { ok: true, message: `Imported ${fileName}: ${summaryOf(view.counts)}.`, data: view };
    }
  }
}

/**
 * The warning for a file that takes back recorded results (isRevision), as an export taken before the
 * results were entered, imported again, would.
 */
function revisionsWarning(view: ImportView): string {
  const { revisions } = view.counts;
  if (!revisions) return '';
  return (
    `${plural(revisions, 'status change')} would change or undo ${revisions === 1 ? 'a result' : 'results'} the catalogue records, or take nominees back a step ` +
    '(listed under “Results it would change”): is the file older than the catalogue? '
  );
}
