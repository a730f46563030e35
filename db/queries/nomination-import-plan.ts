// The plan of a nominations import: what each CSV row would do, worked out without writing anything.
// A row is a new nomination, a status change (allowed by db/rules/status.ts), unchanged, or an error
// naming its line. Only the status of a nomination we hold is changed; its other fields stay as they are.
// The fingerprint sums up the plan and the records it rests on (ids, versions, statuses): the apply step
// plans again inside its write transaction and refuses when the fingerprint differs from the preview's.
import type { Executor } from '../client';
import { checkTransition, isRevision, pathTo, STATUS_LABELS } from '../rules/status';
import { nomineeKey } from '../rules/nominee-key';
import { NOMINATION_STATUSES, type NominationStatus } from '../schema';
import { ImportLookup } from './nomination-import-lookup';
import { RecordLookup } from './nomination-import-records';
import { matchFilms, matchPeople, NewRecords, type Matched } from './nomination-import-match';
import type { ImportRow } from './nomination-import-parse';
import { fingerprintOf } from './nomination-import-summary';
import { beforeAnnouncementRefusal, closedCategoryReason, editorRefusal } from './nomination-status-edit';
import type { ErrorRow, ImportPlan, PlannedRow } from './nomination-import-types';

export type * from './nomination-import-types';
export { countPlan } from './nomination-import-summary';

export function planNominationImport(db: Executor, rows: readonly ImportRow[]): ImportPlan {
  const context: PlanContext = {
    db,
    catalogue: new ImportLookup(db),
    records: new RecordLookup(db),
    created: new NewRecords(),
    seen: new Map(),
  };
  context.records.prime(
    rows.flatMap((row) => row.films),
    rows.flatMap((row) => row.film_imdb_ids).filter(Boolean),
    rows.flatMap((row) => row.nominees),
  );
  const planned = rows.map((row) => planRow(row, context));
  const { created } = context;
  const newFilms = [...created.films.values()];
  const newPeople = [...created.people.values()];
  return { rows: planned, newFilms, newPeople, fingerprint: fingerprintOf(planned, newFilms, newPeople) };
}

function nomineeLabel(films: Matched[], people: Matched[], row: ImportRow): string {
  const names = [...films, ...people].map((record) => record.label);
  return [row.credited_as ?? (names.join(', ') || '(no nominee)'), row.detail].filter(Boolean).join(' — ');
}

interface PlanContext {
  db: Executor;
  catalogue: ImportLookup;
  records: RecordLookup;
  created: NewRecords;
  /** The lines on which each nominee key has come up in a category so far (for occurrence). */
  seen: Map<string, number[]>;
}

function planRow(row: ImportRow, { db, catalogue, records, created, seen }: PlanContext): PlannedRow {
  const error = (label: string, message: string): ErrorRow => ({ kind: 'error', line: row.line, label, message });
  const category = catalogue.category(row.award, row.edition, row.edition_ordinal, row.category);
  if (typeof category === 'string') return error(`${row.award} › ${row.edition} › ${row.category}`, category);
  const state = catalogue.state(category.id);
  const films = matchFilms(row.films, row.film_imdb_ids, category, state, records, created);
  if (typeof films === 'string') return error(category.label, films);
  const people = matchPeople(row.nominees, state, records, created);
  if (typeof people === 'string') return error(category.label, people);
  const label = `${category.label}: ${nomineeLabel(films, people, row)}`;
  if (!films.length && !people.length && !row.credited_as) {
    return error(label, 'the row names no film, no nominee and nothing in credited_as');
  }

  const identity = {
    filmIds: films.map((f) => f.id),
    personIds: people.map((p) => p.id),
    displayName: row.credited_as,
    detail: row.detail,
  };
  const baseKey = `${category.id}/${nomineeKey(identity)}`;
  const earlier = seen.get(baseKey) ?? [];
  seen.set(baseKey, [...earlier, row.line]);
  const occurrence = earlier.length + 1;
  const existing = state.byKey.get(nomineeKey({ ...identity, occurrence }));

  if (!existing) {
    if (occurrence > 1) {
      return error(label, `it names the same nominee as line ${earlier[0]} in the same category`);
    }
    if (category.isClosed) return error(label, closedCategoryReason(category.name));
    const early =
      row.status_date && beforeAnnouncementRefusal(db, category.id, { to: row.status, occurredOn: row.status_date });
    if (early) return error(label, early);
    const start = checkTransition(null, pathTo(row.status)[0]!);
    if (!start.ok) return error(label, start.reason);
    const position = state.nextPosition++;
    return {
      kind: 'new',
      line: row.line,
      label,
      categoryId: category.id,
      films,
      people,
      occurrence,
      position,
      status: row.status,
      row,
    };
  }
  if (existing.status === row.status) {
    return { kind: 'unchanged', line: row.line, label, nominationId: existing.id, status: existing.status };
  }
  const check = checkTransition(existing.status, row.status);
  if (!check.ok) return error(label, `${check.reason} ${allowedFrom(existing.status)}`);
  const current = catalogue.currentReason(existing.id);
  const refusal = editorRefusal(db, existing.id, { to: row.status, occurredOn: row.status_date });
  if (refusal) {
    // A date before the status held now is what an old export carries: say what to do about the file.
    const isOlder = row.status_date !== null && current.occurredOn !== null && row.status_date < current.occurredOn;
    return error(label, isOlder ? `${refusal} ${OLDER_FILE}` : refusal);
  }
  return {
    kind: 'change',
    line: row.line,
    label,
    nominationId: existing.id,
    version: existing.version,
    from: existing.status,
    to: row.status,
    row,
    revises: isRevision(existing.status, row.status),
    cites: {
      source: row.source_url !== null && row.source_url !== current.url,
      note: row.note !== null && row.note !== current.note,
      date: row.status_date !== null && row.status_date !== current.occurredOn,
    },
  };
}

const OLDER_FILE =
  'Is the file older than the catalogue? Export the edition again and make your changes in the new file.';

/** The status rule a refused change broke, in words: where a nomination may go from its current status. */
function allowedFrom(from: NominationStatus): string {
  const allowed = NOMINATION_STATUSES.filter((to) => to !== from && checkTransition(from, to).ok);
  const names = allowed.map((to) => STATUS_LABELS[to].toLowerCase());
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? 'nothing');
  return `The status rules allow a ${STATUS_LABELS[from].toLowerCase()} nomination to go to ${list} only.`;
}
