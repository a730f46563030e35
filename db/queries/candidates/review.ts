// An editor's decisions in the review queue: accept a candidate (as matched now, or as corrected),
// merge the film it names into an existing one, or reject it. Each decision is one writeTransaction:
// the candidate's version is checked first (a stale click is refused, nothing is written), the status
// goes through changeStatus/createNomination with the announcement as source, and the decision is audited.
import { eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../../client';
import { candidates, categories } from '../../schema';
import { recordAudit } from '../audit';
import { announcementOf, decide, loadPending, type Decision } from './review-decide';
import { createNewFilm, existingFilm, rememberAlias, ReviewError } from './resolve';
import { matchCandidate } from './match';
import { settleTwins } from './twins';
import type { CandidateStatus } from './statuses';

export { ReviewError } from './resolve';

/** Accepts a candidate as it matches the catalogue now (the catalogue may have grown since it was queued). */
export function acceptCandidate(db: Executor, input: Decision) {
  return writeTransaction(db, (tx) => {
    const row = loadPending(tx, input);
    const match = matchCandidate(tx, row, announcementOf(tx, row.announcementId).awardId);
    if (!match.categoryId || !match.filmId) {
      throw new ReviewError(`This candidate is not fully matched (${match.reason}): correct it, then accept.`);
    }
    return decide(
      tx,
      row,
      input,
      { categoryId: match.categoryId, filmId: match.filmId, status: row.status },
      'candidate.accept',
    );
  });
}

export interface Correction extends Decision {
  categoryId: number;
  status: CandidateStatus;
  /** An existing film, or the title of a new film to create (the editor ticked "create"). */
  film: { id: number } | { newTitle: string; year: number | null };
  /** Remember the announcement's title as an alias of the chosen film. */
  addAlias?: boolean;
}

/** Accepts a candidate with the award, edition, category, film and status an editor chose. */
export function correctAndAccept(db: Executor, input: Correction) {
  return writeTransaction(db, (tx) => {
    const row = loadPending(tx, input);
    if (!tx.select({ id: categories.id }).from(categories).where(eq(categories.id, input.categoryId)).get()) {
      throw new ReviewError('That category no longer exists. Pick it again.');
    }
    const filmId =
      'id' in input.film
        ? existingFilm(tx, input.film.id)
        : createNewFilm(tx, { title: input.film.newTitle, year: input.film.year }, input.actor);
    if (input.addAlias) rememberAlias(tx, filmId, row.film, input.actor);
    return decide(tx, row, input, { categoryId: input.categoryId, filmId, status: input.status }, 'candidate.accept');
  });
}

/** The candidate names an existing film under another title: add that title as an alias, then accept. */
export function mergeCandidateFilm(db: Executor, input: Decision & { filmId: number }) {
  return writeTransaction(db, (tx) => {
    const row = loadPending(tx, input);
    const filmId = existingFilm(tx, input.filmId);
    rememberAlias(tx, filmId, row.film, input.actor);
    const match = matchCandidate(tx, row, announcementOf(tx, row.announcementId).awardId);
    if (!match.categoryId) {
      throw new ReviewError(`The category is not matched (${match.reason}): use "Correct then accept" instead.`);
    }
    return decide(tx, row, input, { categoryId: match.categoryId, filmId, status: row.status }, 'candidate.accept');
  });
}

/** Rejects a candidate, with the editor's note if any. */
export function rejectCandidate(db: Executor, input: Decision & { note: string | null }) {
  return writeTransaction(db, (tx) => {
    const row = loadPending(tx, input);
    const note = input.note?.trim() || null;
    tx.update(candidates)
      .set({
        state: 'rejected',
        reason: note ? `rejected: ${note}` : 'rejected',
        decidedBy: input.actor,
        decidedAt: new Date().toISOString(),
        version: row.version + 1,
      })
      .where(eq(candidates.id, row.id))
      .run();
    recordAudit(tx, {
      actor: input.actor,
      action: 'candidate.reject',
      entityType: 'candidate',
      entityId: row.id,
      before: { state: row.state, reason: row.reason },
      after: { state: 'rejected', note },
    });
    settleTwins(tx, row, { kind: 'rejected', note }, input.actor);
  });
}
