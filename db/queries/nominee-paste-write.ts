// Adding many nominees to a category from a pasted list, the write: addPastedNominees plans the list again
// inside one write transaction (never trusting the preview), applies the editor's picks and confirmations,
// creates the confirmed new films and people and the nominations through createNomination (with the
// status and its source or note), and reports what it added and what it left out, line by line.
import { eq, max } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { isAnnouncedStep, STATUS_LABELS } from '../rules/status';
import { nominations, type NominationStatus } from '../schema';
import { ensureFilm } from './films';
import { beforeAnnouncementRefusal, closedCategoryReason, editorRefusal } from './nomination-status-edit';
import { changeStatus, createNomination } from './nominations';
import { findNominee, planPaste, type LinePlan } from './nominee-paste';
import { getPasteCategory } from './nominee-paste-category';
import type { PasteStatus } from './nominee-paste-lines';
import { ensurePerson } from './people';
import { ensureSource } from './sources';

export interface PasteInput {
  categoryId: number;
  text: string;
  status: PasteStatus;
  actor: string;
  occurredOn: string | null;
  note: string | null;
  source: { url: string; title: string | null; publisher: string | null } | null;
  /** Line number → the film id picked among several candidates. */
  picks: ReadonlyMap<number, number>;
  /** confirmKey values of the lines whose new films and people the editor agreed to create. */
  confirmed: ReadonlySet<string>;
}

export interface PasteReport {
  added: { lineNo: number; title: string; nominationId: number }[];
  /** Nominees the category had already, moved on to the pasted status (the shortlist named as nominees). */
  moved: { lineNo: number; title: string; nominationId: number; from: NominationStatus; newPeople: string[] }[];
  filmsCreated: number;
  peopleCreated: number;
  skipped: { lineNo: number; text: string; why: string }[];
}

export class PasteError extends Error {
  override name = 'PasteError';
  readonly userFacing = true;
}

/** Adds the nominees of a pasted list in one transaction: all of what is confirmed, or nothing. */
export function addPastedNominees(db: Executor, input: PasteInput): PasteReport {
  if (!input.source && !input.note?.trim()) throw new PasteError('A status needs a source URL or a note.');
  return writeTransaction(db, (tx) => {
    const category = getPasteCategory(tx, input.categoryId);
    if (!category) throw new PasteError('That category no longer exists.');
    if (category.closedAt) throw new PasteError(closedCategoryReason(category.name));
    // The list's date holds for every nominee it adds: one the edition's dates rule out stops the paste.
    const early =
      input.occurredOn &&
      beforeAnnouncementRefusal(tx, input.categoryId, { to: input.status, occurredOn: input.occurredOn });
    if (early) throw new PasteError(early);
    const report: PasteReport = { added: [], moved: [], filmsCreated: 0, peopleCreated: 0, skipped: [] };
    const plans = planPaste(tx, input.categoryId, input.text, input.status);
    const sourceId = input.source ? ensureSource(tx, { kind: 'article', ...input.source }, input.actor).id : null;
    const reason = { actor: input.actor, sourceId, note: input.note, occurredOn: input.occurredOn };
    let position = nextPosition(tx, input.categoryId);
    for (const plan of plans) {
      const skip = (why: string) => report.skipped.push({ lineNo: plan.lineNo, text: plan.text, why });
      const refusal = refusalOf(plan, input);
      if (refusal) {
        skip(refusal);
        continue;
      }
      const knownFilmId = chosenFilmId(plan, input);
      const nominee = knownFilmId === null ? null : findNominee(tx, input.categoryId, knownFilmId, plan.people);
      if (nominee && !isAnnouncedStep(nominee.status, input.status)) {
        skip(alreadyThere(nominee.status));
        continue;
      }
      if (nominee) {
        const refusal = editorRefusal(tx, nominee.id, { to: input.status, occurredOn: input.occurredOn });
        if (refusal) {
          skip(refusal);
          continue;
        }
        changeStatus(tx, { nominationId: nominee.id, to: input.status, ...reason });
        report.moved.push({
          lineNo: plan.lineNo,
          title: plan.title,
          nominationId: nominee.id,
          from: nominee.status,
          newPeople: nominee.newPeople,
        });
        continue;
      }
      const filmId = knownFilmId ?? createFilm(tx, plan, category.isDocumentary, input.actor, report);
      const personIds = plan.people.map((p) => p.person?.id ?? createPerson(tx, p.name, input.actor, report));
      const result = createNomination(tx, {
        categoryId: input.categoryId,
        filmIds: [filmId],
        personIds,
        status: input.status,
        reason,
        position: position++,
      });
      if (result.created)
        report.added.push({ lineNo: plan.lineNo, title: plan.title, nominationId: result.nomination.id });
      else skip('Already a nominee of this category.');
    }
    return report;
  });
}

/** Why a line is not written, or null when it may be. */
function refusalOf(plan: LinePlan, input: PasteInput): string | null {
  if (plan.outcome === 'invalid') return plan.reason ?? 'The line cannot be read.';
  if (plan.outcome === 'already-nominated') return alreadyThere(plan.nominee!.status);
  if (plan.outcome === 'repeat') return `Repeats line ${plan.repeatOf}: one nominee is added once.`;
  if (plan.outcome === 'choose' && chosenFilmId(plan, input) === null) {
    return 'Several films have this title: pick one.';
  }
  if (plan.confirmKey && !input.confirmed.has(plan.confirmKey)) {
    return plan.outcome === 'new'
      ? 'No film has this title; the new film was not confirmed, so nothing was added.'
      : 'A person is new; creating them was not confirmed, so nothing was added.';
  }
  return null;
}

/** Why a nominee the category has already is left as it is. */
export function alreadyThere(status: NominationStatus): string {
  return `Already ${STATUS_LABELS[status].toLowerCase()} in this category: a list does not move a nominee back or past a result.`;
}

function chosenFilmId(plan: LinePlan, input: PasteInput): number | null {
  if (plan.outcome === 'matched' || plan.outcome === 'advance') return plan.candidates[0]!.id;
  if (plan.outcome !== 'choose') return null;
  const picked = input.picks.get(plan.lineNo);
  return plan.candidates.some((film) => film.id === picked) ? picked! : null;
}

function createFilm(tx: Executor, plan: LinePlan, isDocumentary: boolean, actor: string, report: PasteReport) {
  const { film, created } = ensureFilm(tx, { title: plan.title, year: plan.year, isDocumentary }, actor);
  if (created) report.filmsCreated++;
  return film.id;
}

function createPerson(tx: Executor, name: string, actor: string, report: PasteReport): number {
  const { person, created } = ensurePerson(tx, { name }, actor);
  if (created) report.peopleCreated++;
  return person.id;
}

function nextPosition(tx: Executor, categoryId: number): number {
  const row = tx
    .select({ last: max(nominations.position) })
    .from(nominations)
    .where(eq(nominations.categoryId, categoryId))
    .get();
  return (row?.last ?? -1) + 1;
}
