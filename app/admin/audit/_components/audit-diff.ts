// Before → after, reduced to what changed. Writers log either whole rows or just the fields they set
// (an update often logs the whole row before and only the patch after), so a field missing on one side
// counts as null and a field missing from `after` was left as it was. Values compare as JSON. A field
// named like a secret is never shown, should a writer ever log one: editors read this page too.

export type AuditChangeKind = 'created' | 'updated' | 'removed';

export interface FieldChange {
  /** Null when the values are not objects and so have no fields. */
  field: string | null;
  /** Absent when there was nothing before (a creation, or a field the writer did not log before). */
  before?: unknown;
  after?: unknown;
  /** Set, with both values left out, for a field named like a secret. */
  hidden?: true;
}

export interface AuditDiff {
  kind: AuditChangeKind;
  changes: FieldChange[];
}

type Fields = Record<string, unknown>;

const SECRET_FIELD = /password|secret|token/i;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsent = (value: unknown) => value === null || value === undefined;

export function diffAuditValues(before: unknown, after: unknown): AuditDiff {
  const diff = rawDiff(before, after);
  return { kind: diff.kind, changes: diff.changes.map(hideSecret) };
}

function rawDiff(before: unknown, after: unknown): AuditDiff {
  if (isAbsent(before)) return { kind: 'created', changes: listed(after, 'after') };
  if (isAbsent(after)) return { kind: 'removed', changes: listed(before, 'before') };
  if (!isFields(before) || !isFields(after)) {
    return { kind: 'updated', changes: sameJson(before, after) ? [] : [{ field: null, before, after }] };
  }
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    const old = before[field];
    if (sameJson(old ?? null, value ?? null)) continue;
    changes.push(field in before ? { field, before: old, after: value } : { field, after: value });
  }
  return { kind: 'updated', changes };
}

function hideSecret(change: FieldChange): FieldChange {
  return change.field !== null && SECRET_FIELD.test(change.field) ? { field: change.field, hidden: true } : change;
}

/** The fields of a value created or removed, leaving out the empty ones. */
function listed(value: unknown, side: 'before' | 'after'): FieldChange[] {
  if (isAbsent(value)) return [];
  if (!isFields(value)) return [{ field: null, [side]: value }];
  return Object.entries(value)
    .filter(([, v]) => !isAbsent(v))
    .map(([field, v]) => ({ field, [side]: v }));
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys in order, so { a, b } and { b, a } compare equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isFields(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}

/** How a value is shown: as JSON, cut to `max` characters when longer (the page shows the rest on request). */
export function jsonPreview(value: unknown, max = 80): { text: string; full: string | null } {
  const text = JSON.stringify(value === undefined ? null : value) ?? 'null';
  if (text.length <= max) return { text, full: null };
  return { text: `${text.slice(0, max - 1)}…`, full: JSON.stringify(value, null, 2) };
}
