// What an import would do (or did): counts, then a table per kind of row (the first rows of each, every
// error), and the films and people it creates. Line numbers are the file's, header row included.
import type { ImportView, RowView } from '../import-view';
import { ERRORS_SHOWN, ROWS_SHOWN } from '../import-view';
import { ScrollRegion } from '@/app/_components/scroll-region';

function RowTable({
  id,
  title,
  rows,
  total,
  detail,
  limit,
}: {
  id: string;
  title: string;
  rows: RowView[];
  total: number;
  detail: string;
  limit: number;
}) {
  if (!total) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} ({total})
      </h3>
      {total > rows.length ? <p className="muted">The first {limit} are shown.</p> : null}
      <ScrollRegion label="Preview rows">
        <table>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Nomination</th>
              <th scope="col">{detail}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{row.label}</td>
                <td>{row.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function NameList({ id, title, names, total }: { id: string; title: string; names: string[]; total: number }) {
  if (!total) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} ({total})
      </h3>
      <ul>
        {names.map((name, i) => (
          <li key={i}>{name}</li>
        ))}
        {total > names.length ? <li className="muted">…and {total - names.length} more</li> : null}
      </ul>
    </section>
  );
}

const HEADINGS = {
  preview: 'What this file would change',
  stale: 'What this file would change now',
  applied: 'What was imported',
} as const;

export function ImportPreview({ view }: { view: ImportView }) {
  const { counts } = view;
  const done = view.stage === 'applied';
  return (
    <section aria-labelledby="import-preview-heading" className="import-preview">
      <h2 id="import-preview-heading">
        {HEADINGS[view.stage]}: {view.fileName}
      </h2>
      <RowTable
        id="import-errors"
        title="Errors"
        rows={view.errors}
        total={counts.errors}
        detail="Problem"
        limit={ERRORS_SHOWN}
      />
      {counts.revisions && !done ? (
        <p className="form-error">
          These rows would change or undo a result, or take a nominee back a step, that the catalogue records. An export
          taken before the results were entered does this when it is imported again: leave these rows out unless the
          file is the newer record.
        </p>
      ) : null}
      <RowTable
        id="import-revisions"
        title={done ? 'Results it changed' : 'Results it would change'}
        rows={view.revisions}
        total={counts.revisions}
        detail="Change"
        limit={ROWS_SHOWN}
      />
      <RowTable
        id="import-new"
        title={done ? 'New nominations' : 'New nominations to add'}
        rows={view.created}
        total={counts.created}
        detail="Status"
        limit={ROWS_SHOWN}
      />
      <RowTable
        id="import-changes"
        title="Status changes"
        rows={view.changed}
        total={counts.changed}
        detail="Change"
        limit={ROWS_SHOWN}
      />
      <NameList
        id="import-new-films"
        title={done ? 'Films created' : 'New films it would create'}
        names={view.newFilms}
        total={counts.newFilms}
      />
      <NameList
        id="import-new-people"
        title={done ? 'People created' : 'New people it would create'}
        names={view.newPeople}
        total={counts.newPeople}
      />
      <RowTable
        id="import-unchanged"
        title="Unchanged"
        rows={view.unchanged}
        total={counts.unchanged}
        detail="Status"
        limit={ROWS_SHOWN}
      />
    </section>
  );
}
