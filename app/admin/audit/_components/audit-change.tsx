// One entry's before → after as a short list of the fields that changed. Values are shown as JSON (React
// escapes them); a long one is cut, with the whole of it a click away in a <details>.
import { diffAuditValues, jsonPreview, type FieldChange } from './audit-diff';

export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const diff = diffAuditValues(before, after);
  if (!diff.changes.length) return <span className="muted">No field changed</span>;
  return (
    <ul className="plain audit-change">
      {diff.changes.map((change, i) => (
        <li key={`${change.field ?? ''}-${i}`}>
          {change.field !== null ? <code className="audit-field">{change.field}:</code> : null}{' '}
          <ChangeValues change={change} />
        </li>
      ))}
    </ul>
  );
}

function ChangeValues({ change }: { change: FieldChange }) {
  if (change.hidden) return <span className="muted">changed (value hidden)</span>;
  const hasBefore = 'before' in change;
  const hasAfter = 'after' in change;
  if (hasBefore && hasAfter) {
    return (
      <>
        <Json value={change.before} /> → <Json value={change.after} />
      </>
    );
  }
  if (hasBefore) {
    return (
      <>
        <Json value={change.before} /> <span className="muted">(removed)</span>
      </>
    );
  }
  return <Json value={change.after} />;
}

function Json({ value }: { value: unknown }) {
  const preview = jsonPreview(value);
  if (preview.full === null) return <code>{preview.text}</code>;
  return (
    <details className="audit-value">
      <summary>
        <code>{preview.text}</code>
      </summary>
      <pre>{preview.full}</pre>
    </details>
  );
}
