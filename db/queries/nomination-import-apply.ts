// Applying a nominations import: the CSV is parsed and planned again inside ONE write transaction (never
// trusting the preview the browser saw), refused if the plan's fingerprint differs from the preview's
// (someone changed the catalogue, or the file changed) or if any row has an error, and otherwise written
// as the usual write functions write it: ensureFilm/ensurePerson for new records and createNomination for
// new nominations (through their bulk writers), changeStatus for status changes, each with its own audit
// entry, plus one summary entry.
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { rawClient, writeTransaction, type Executor } from '../client';
import { foldText } from '../rules/text';
import { canonicalCategories, categories } from '../schema';
import type { StatusReason } from './nominations';
import { changeStatus } from './nominations';
import { recordAudit } from './audit';
import { BulkCatalogue } from './catalogue-bulk';
import { InsertBatch } from './insert-bulk';
import { BulkNominations } from './nominations-bulk';
import { ensureSource } from './sources';
import { parseNominationsCsv, type ImportIssue, type ImportRow, type ParsedImport } from './nomination-import-parse';
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
  /**
   * The importer ticked that the file's revisions (a result changed or undone, isRevision) are meant: without it,
   * a plan with any is written not at all ('unconfirmed'), as a file older than the catalogue would
   * otherwise walk results back unnoticed.
   */
  confirmRevisions?: boolean;
}

export type ImportOutcome =
  | { kind: 'unreadable'; issues: ImportIssue[] }
  | { kind: 'planned'; plan: ImportPlan }
  | { kind: 'stale'; plan: ImportPlan }
  | { kind: 'unconfirmed'; plan: ImportPlan }
  | { kind: 'applied'; plan: ImportPlan; counts: ReturnType<typeof countPlan> };

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The plan of an import, for the preview; nothing is written. */
export function previewNominationImport(db: Executor, csv: string): ImportOutcome {
  const parsed = parseNominationsCsv(csv);
  if (!parsed.ok) return { kind: 'unreadable', issues: withPlanIssues(db, parsed) };
  return { kind: 'planned', plan: planNominationImport(db, parsed.rows) };
}

/**
 * Every problem of a file with refused rows at once: those rows', and what planning the others finds (an
 * unknown category, a closed one), by line, so that the editor need not fix the file a batch at a time.
 */
function withPlanIssues(db: Executor, parsed: Extract<ParsedImport, { ok: false }>): ImportIssue[] {
  if (!parsed.rows?.length) return parsed.issues;
  const planned = planNominationImport(db, parsed.rows).rows.flatMap((row) =>
    row.kind === 'error' ? [{ line: row.line, message: `${row.label}: ${row.message}` }] : [],
  );
  return [...parsed.issues, ...planned].sort((a, b) => a.line - b.line);
}

/**
 * Writes the import when it still plans as the preview did (`expectedFingerprint`), has no error row, and
 * its revisions (isRevision), if any, are confirmed; otherwise writes nothing and returns the new plan
 * ('stale'), the same plan with its errors ('planned') or with the revisions to confirm ('unconfirmed').
 */
export function applyNominationImport(
  db: Executor,
  request: ImportRequest,
  expectedFingerprint: string,
): ImportOutcome {
  const parsed = parseNominationsCsv(request.csv);
  if (!parsed.ok) return { kind: 'unreadable', issues: withPlanIssues(db, parsed) };
  return writeTransaction(db, (tx): ImportOutcome => {
    const plan = planNominationImport(tx, parsed.rows);
    if (plan.fingerprint !== expectedFingerprint) return { kind: 'stale', plan };
    const counts = countPlan(plan);
    if (counts.errors) return { kind: 'planned', plan };
    if (counts.revisions && !request.confirmRevisions) return { kind: 'unconfirmed', plan };
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

/**
 * The new films (by their placeholder ids) that the plan nominates in a documentary category: a film
 * created there is a documentary, as one pasted into such a category is (nominee-paste-write.ts).
 */
function filmsNominatedAsDocumentaries(tx: Executor, plan: ImportPlan): Set<number> {
  const rows = plan.rows.filter((row) => row.kind === 'new');
  const categoryIds = [...new Set(rows.map((row) => row.categoryId))];
  const documentary = new Set(
    categoryIds.length
      ? tx
          .select({ id: categories.id })
          .from(categories)
          .innerJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
          .where(and(inArray(categories.id, categoryIds), eq(canonicalCategories.isDocumentary, true)))
          .all()
          .map((category) => category.id)
      : [],
  );
  return new Set(
    rows
      .filter((row) => documentary.has(row.categoryId))
      .flatMap((row) => row.films.filter((film) => film.isNew).map((film) => film.id)),
  );
}

/**
 * The writes of a plan, through the bulk writers (queued, a few hundred rows per statement: the same rows
 * and audit entries as ensureFilm, ensurePerson and createNomination write one statement at a time, which
 * held the write lock for 8 s for 5,000 new nominations, each with a new film and person). A status
 * change goes through changeStatus after a flush, so it finds every row queued before it and its audit
 * entry follows theirs (within a flush, the entries of created records are grouped by table, each by id).
 */
function writePlan(tx: Executor, plan: ImportPlan, request: ImportRequest): void {
  const batch = new InsertBatch(rawClient(tx));
  // New films and people first: their placeholder (negative) ids become real ones. Only an import that
  // creates some pays for the catalogue's name index (every film, person and alias read into memory). The
  // queues flush in the order they are made: the catalogue's before the nominations' that refer to them.
  const realId = new Map<number, number>();
  if (plan.newFilms.length || plan.newPeople.length) {
    const catalogue = new BulkCatalogue(tx, request.actor, batch);
    const documentaries = filmsNominatedAsDocumentaries(tx, plan);
    for (const film of plan.newFilms) {
      const input = { title: film.label, imdbId: film.imdbId, year: null, isDocumentary: documentaries.has(film.id) };
      realId.set(film.id, catalogue.ensureFilm(input, foldText(film.label)).id);
    }
    for (const person of plan.newPeople) {
      const input = { name: person.label, kind: 'person' as const, imdbId: null };
      realId.set(person.id, catalogue.ensurePerson(input, foldText(person.label)).id);
    }
  }
  const nominations = new BulkNominations(tx, batch, request.actor);
  const idsOf = (records: Matched[]) => records.map((record) => (record.isNew ? realId.get(record.id)! : record.id));

  for (const row of plan.rows) {
    if (row.kind === 'new') {
      const result = nominations.create({
        categoryId: row.categoryId,
        filmIds: idsOf(row.films),
        personIds: idsOf(row.people),
        displayName: row.row.credited_as,
        detail: row.row.detail,
        citation: row.row.citation,
        note: row.row.nomination_note,
        position: row.position,
        occurrence: row.occurrence,
        status: row.status,
        reason: reasonFor(tx, row.row, request, { source: true, note: true, date: true }),
      });
      // The plan found no such nominee inside this same transaction, so this cannot happen unless a rule broke.
      if (!result.created) throw new Error(`line ${row.line}: the nomination already exists`);
    } else if (row.kind === 'change') {
      batch.flush();
      changeStatus(tx, {
        nominationId: row.nominationId,
        to: row.to,
        expectedVersion: row.version,
        ...reasonFor(tx, row.row, request, row.cites),
      });
    }
  }
  batch.flush();
}

/**
 * Why the status is believed: the row's source (when it gives a URL and `cites.source`), its date when
 * `cites.date`, and always a note naming the file, followed by the row's note when `cites.note`.
 */
function reasonFor(tx: Executor, row: ImportRow, request: ImportRequest, cites: ReasonCited): StatusReason {
  const source =
    cites.source && row.source_url
      ? ensureSource(
          tx,
          {
            kind: 'article',
            url: row.source_url,
            publisher: row.source_publisher,
            title: row.source_title,
          },
          request.actor,
        )
      : null;
  const imported = `Imported from ${request.fileName}`;
  return {
    actor: request.actor,
    sourceId: source?.id ?? null,
    note: cites.note && row.note ? `${imported}: ${row.note}` : imported,
    occurredOn: cites.date ? row.status_date : null,
  };
}
