// The upload form: a CSV file, or its text pasted, posted for a preview (multipart, so it works without
// JavaScript). Errors about the file itself are listed under the field they concern, one line each.
import { FILE_TOO_LARGE, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@/db/queries/nomination-import-parse';

interface Props {
  formAction: (form: FormData) => void;
  isPending: boolean;
  errors?: Record<string, string[]>;
  pasted?: string;
  /** True when a preview or report is shown above, so this form is for another file. */
  again: boolean;
}

function ErrorList({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <ul id={id} className="field-error">
      {messages.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}

export function UploadForm({ formAction, isPending, errors = {}, pasted, again }: Props) {
  const describedBy = (name: string) =>
    [`import-${name}-hint`, errors[name]?.length ? `import-${name}-error` : null].filter(Boolean).join(' ');
  return (
    <form
      action={formAction}
      encType="multipart/form-data"
      className="edit-form"
      aria-labelledby="import-upload-heading"
    >
      <h2 id="import-upload-heading">{again ? 'Preview another file' : 'Preview a file'}</h2>
      <input type="hidden" name="intent" value="preview" />
      <div className="form-field">
        <label htmlFor="import-file">CSV file</label>
        <p id="import-file-hint" className="field-hint">
          At most {IMPORT_MAX_BYTES / 1024 / 1024} MB and {IMPORT_MAX_ROWS.toLocaleString('en')} rows, UTF-8.
        </p>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={errors.file?.length ? true : undefined}
          aria-describedby={describedBy('file')}
          // Said before the upload: a file past the server's limit for any form would only get its refusal.
          onChange={(event) => {
            const input = event.currentTarget;
            const size = input.files?.[0]?.size ?? 0;
            input.setCustomValidity(size > IMPORT_MAX_BYTES ? FILE_TOO_LARGE : '');
            input.reportValidity();
          }}
        />
        <ErrorList id="import-file-error" messages={errors.file} />
      </div>
      <div className="form-field">
        <label htmlFor="import-csv">Or paste the CSV text</label>
        <p id="import-csv-hint" className="field-hint">
          Used only when no file is chosen. The first line must be the header row.
        </p>
        <textarea
          id="import-csv"
          name="csv"
          rows={8}
          defaultValue={pasted}
          key={pasted ?? ''}
          spellCheck={false}
          aria-invalid={errors.csv?.length ? true : undefined}
          aria-describedby={describedBy('csv')}
        />
        <ErrorList id="import-csv-error" messages={errors.csv} />
      </div>
      <button type="submit" disabled={isPending}>
        {isPending ? 'Reading…' : 'Preview the changes'}
      </button>
    </form>
  );
}
