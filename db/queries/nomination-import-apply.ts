// Applying a nominations import: the CSV is parsed and planned again inside ONE write transaction (never
// trusting the preview the browser saw), refused if the plan's fingerprint differs from the preview's
// (someone changed the catalogue, or the file changed) or if any row has an error, and otherwise written
// through the usual write functions: ensureFilm/ensurePerson for new records, createNomination for new
// nominations, changeStatus for status changes (each with its own audit entry), plus one summary entry.
import { createHash } from 'node:crypto';
import { writeTransaction, type Executor } from '../client';
import type { StatusReason } from './nominations';
import { changeStatus, createNomination } from './nominations';
import { recordAudit } from './audit';
import { ensureFilm } from './films';
import { ensurePerson } from './people';
import { ensureSource } from './sources';
import { parseNominationsCsv, type ImportIssue, type ImportRow } from './nomination-import-parse';
import { countPlan, planNominationImport, type ImportPlan, type ReasonCited } from './nomination-import-plan';
import type { Matched } from './nomination-import-match';

export interface ImportRequest {
  csv: string;
  fileName: string;
  /**
   * Who imports ('user:<id>'), kept in the status history's actor. The note never names them: notes are
   * public (pages, API, feeds), and an account's address is not.
   */
  actor: string;
}

export type ImportOutcome =
  | { kind: 'unreadable'; issues: ImportIssue[] }
  | { kind: 'planned'; plan: ImportPlan }
  | { kind: 'stale'; plan: ImportPlan }
  | { kind: 'applied'; plan: ImportPlan; counts: ReturnType<typeof countPlan> };

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The plan of an import, for the preview; nothing is written. */
export function previewNominationImport(db: Executor, csv: string): ImportOutcome {
  const parsed = parseNominationsCsv(csv);
  if (!parsed.ok) return { kind: 'unreadable', issues: parsed.issues };
  return { kind: 'planned', plan: planNominationImport(db, parsed.rows) };
}

/**
 * Writes the import when it still plans as the preview did (`expectedFingerprint`) and has no error row;
 * otherwise writes nothing and returns the new plan ('stale') or the same plan with its errors ('planned').
 */
export function applyNominationImport(
  db: Executor,
  request: ImportRequest,
  expectedFingerprint: string,
): ImportOutcome {
  const parsed = parseNominationsCsv(request.csv);
  if (!parsed.ok) return { kind: 'unreadable', issues: parsed.issues };
  return writeTransaction(db, (tx): ImportOutcome => {
    const plan = planNominationImport(tx, parsed.rows);
    if (plan.fingerprint !== expectedFingerprint) return { kind: 'stale', plan };
    const counts = countPlan(plan);
    if (counts.errors) return { kind: 'planned', plan };
    writePlan(tx, plan, request);
    recordAudit(tx, {
      actor: request.actor,
      action: 'nomination.import',
      entityType: 'import',
      entityId: null,
      after: { fileName: request.fileName, sha256: sha256(request.csv), ...counts },
    });
    return { kind: 'applied', plan, counts };
  });
}

function writePlan(tx: Executor, plan: ImportPlan, request: ImportRequest): void {
  // New films and people first: their placeholder (negative) ids become real ones.
  const realId = new Map<number, number>();
  for (const film of plan.newFilms) {
    realId.set(film.id, ensureFilm(tx, { title: film.label, imdbId: film.imdbId }, request.actor).film.id);
  }
  for (const person of plan.newPeople) {
    realId.set(person.id, ensurePerson(tx, { name: person.label }, request.actor).person.id);
  }
  const idsOf = (records: Matched[]) => records.map((record) => (record.isNew ? realId.get(record.id)! : record.id));

  for (const row of plan.rows) {
    if (row.kind === 'new') {
      const result = createNomination(tx, {
        categoryId: row.categoryId,
        filmIds: idsOf(row.films),
        personIds: idsOf(row.people),
        displayName: row.row.credited_as,
        detail: row.row.detail,
        position: row.position,
        occurrence: row.occurrence,
        status: row.status,
        reason: reasonFor(tx, row.row, request, { source: true, note: true, date: true }),
      });
      // The plan found no such nominee inside this same transaction, so this cannot happen unless a rule broke.
      if (!result.created) throw new Error(`line ${row.line}: the nomination already exists`);
    } else if (row.kind === 'change') {
      changeStatus(tx, {
        nominationId: row.nominationId,
        to: row.to,
        expectedVersion: row.version,
        ...reasonFor(tx, row.row, request, row.cites),
      });
    }
  }
}

/**
 * Why the status is believed: the row's source (when it gives a URL and `cites.source`), its date when
 * `cites.date`, and always a note naming the file, followed by the row's note when `cites.note`.
 */
function reasonFor(tx: Executor, row: ImportRow, request: ImportRequest, cites: ReasonCited): StatusReason {
  const source =
    cites.source && row.source_url
      ? ensureSource(tx, {
          kind: 'article',
          url: row.source_url,
          publisher: row.source_publisher,
          title: row.source_title,
        })
      : null;
  const imported = `Imported from ${request.fileName}`;
  return {
    actor: request.actor,
    sourceId: source?.id ?? null,
    note: cites.note && row.note ? `${imported}: ${row.note}` : imported,
    occurredOn: cites.date ? row.status_date : null,
  };
}
