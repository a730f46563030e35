// Applying what an editor decided a candidate means (a category, a film, a status) with the announcement
// as the source: a status the nomination already had gains the announcement as a further citation, a
// new status goes through changeStatus, and a film not yet nominated there gets its nomination through
// createNomination. Also the film helpers of the review decisions (existing, new, alias).
import { eq } from 'drizzle-orm';
import type { Executor } from '../../client';
import { foldText } from '../../rules/text';
import { films } from '../../schema';
import { recordAudit } from '../audit';
import { addFilmAlias } from '../films';
import { changeStatus, createNomination } from '../nominations';
import { closedCategoryRefusal, editorRefusal } from '../nomination-status-edit';
import { uniqueSlug } from '../slugs';
import { citeEvent, findStatusEvent } from './citations';
import { findNomination } from './match';
import type { CandidateStatus } from './statuses';

export interface Resolution {
  categoryId: number;
  filmId: number;
  status: CandidateStatus;
}

export interface ResolutionSource {
  actor: string;
  sourceId: number;
  publishedAt: string | null;
}

/** A refusal meant for the editor (guardedAction shows its message). */
export class ReviewError extends Error {
  override name = 'ReviewError';
  readonly userFacing = true;
}

export function applyResolution(tx: Executor, resolution: Resolution, source: ResolutionSource) {
  const reason = { actor: source.actor, sourceId: source.sourceId, occurredOn: isoDay(source.publishedAt) };
  const existing = findNomination(tx, resolution.categoryId, resolution.filmId);
  if (existing) {
    const event = findStatusEvent(tx, existing, resolution.status);
    if (event) {
      citeEvent(tx, event, source.sourceId, source.actor);
      return { nominationId: existing, summary: `confirms ${resolution.status}` };
    }
    // What any editor's change respects: an open category, a date not before the history's.
    const refusal = editorRefusal(tx, existing, { to: resolution.status, occurredOn: reason.occurredOn });
    if (refusal) throw new ReviewError(refusal);
    changeStatus(tx, { nominationId: existing, to: resolution.status, ...reason });
    return { nominationId: existing, summary: `now ${resolution.status}` };
  }
  const closed = closedCategoryRefusal(tx, resolution.categoryId);
  if (closed) throw new ReviewError(closed);
  const { nomination } = createNomination(tx, {
    categoryId: resolution.categoryId,
    filmIds: [resolution.filmId],
    personIds: [],
    status: resolution.status,
    reason,
  });
  return { nominationId: nomination.id, summary: `new nomination, ${resolution.status}` };
}

export function existingFilm(tx: Executor, id: number): number {
  if (!tx.select({ id: films.id }).from(films).where(eq(films.id, id)).get()) {
    throw new ReviewError('That film no longer exists (it may have been merged). Pick it again.');
  }
  return id;
}

/** A new film, created because the editor ticked "create a new film" (a same-titled film may exist). */
export function createNewFilm(tx: Executor, input: { title: string; year: number | null }, actor: string): number {
  const title = input.title.trim();
  if (!foldText(title)) throw new ReviewError('A new film needs a title with letters or digits.');
  const slug = uniqueSlug(tx, films, films.slug, input.year ? `${title} ${input.year}` : title);
  const film = tx
    .insert(films)
    .values({ title, titleFolded: foldText(title), year: input.year, slug })
    .returning()
    .get();
  recordAudit(tx, { actor, action: 'film.create', entityType: 'film', entityId: film.id, after: film });
  return film.id;
}

/** Remembers the announcement's title as an alias of the film, unless it is the film's own title. */
export function rememberAlias(tx: Executor, filmId: number, alias: string, actor: string): void {
  const film = tx.select({ titleFolded: films.titleFolded }).from(films).where(eq(films.id, filmId)).get();
  if (!film || film.titleFolded === foldText(alias)) return;
  addFilmAlias(tx, filmId, alias);
  recordAudit(tx, { actor, action: 'film.alias.add', entityType: 'film', entityId: filmId, after: { alias } });
}

export function isoDay(value: string | null): string | null {
  const day = value?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}
