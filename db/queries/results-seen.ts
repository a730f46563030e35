// The checks behind every ceremony-night click (db/queries/results.ts): the nomination or category must
// still be as the editor saw it. When it is not, the refusal says what it is now, in the words of the
// results screen, so the editor can decide again on what is true rather than on a stale page.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { STATUS_LABELS } from '../rules/status';
import {
  categories,
  films,
  nominationFilms,
  nominationPeople,
  nominations,
  people,
  type Category,
  type Nomination,
} from '../schema';
import { StatusChangeError } from './nominations';
import { categoryStateToken, nomineeLabel } from './results-sheet';

/**
 * Who is entering results: the audit actor ('user:<id>'). Public notes do not name the editor; the
 * audit log and the status history's actor do.
 */
export interface ResultsEditor {
  actor: string;
}

export interface NominationClick extends ResultsEditor {
  nominationId: number;
  /** The nomination's version on the editor's screen. */
  expectedVersion: number;
  /**
   * categoryStateToken of its category on the editor's screen. A winner marked beside another the editor
   * has not seen would be a tie nobody chose, so a mark checks the whole category.
   */
  expectedCategoryState?: string;
}

export interface CategoryClick extends ResultsEditor {
  categoryId: number;
  /** categoryStateToken of the category on the editor's screen. */
  expectedState: string;
}

/** The nomination, provided the editor saw its current version and its category is still open. */
export function nominationAsSeen(tx: Executor, click: NominationClick): Nomination {
  const current = tx.select().from(nominations).where(eq(nominations.id, click.nominationId)).get();
  if (!current) throw new StatusChangeError('This nomination no longer exists. Reload the page.');
  if (current.version !== click.expectedVersion) {
    throw new StatusChangeError(
      `Someone else changed ${describeNomination(tx, current)} since you loaded the page: it is now ` +
        `“${STATUS_LABELS[current.status]}”. The page shows the current results; check them before trying again.`,
    );
  }
  const category = tx.select().from(categories).where(eq(categories.id, current.categoryId)).get();
  if (category?.closedAt) {
    throw new StatusChangeError(`${category.name} is closed: reopen it to change its results.`);
  }
  return current;
}

/** The category and its nominations, provided they are as the editor saw them. */
export function categoryAsSeen(tx: Executor, click: CategoryClick): { category: Category; rows: Nomination[] } {
  const category = tx.select().from(categories).where(eq(categories.id, click.categoryId)).get();
  if (!category) throw new StatusChangeError('This category no longer exists. Reload the page.');
  const rows = tx
    .select()
    .from(nominations)
    .where(eq(nominations.categoryId, category.id))
    .orderBy(asc(nominations.position), asc(nominations.id))
    .all();
  if (categoryStateToken(category.closedAt, rows) !== click.expectedState) {
    const winners = rows.filter((row) => row.status === 'won').map((row) => describeNomination(tx, row));
    const now = category.closedAt ? 'it is closed' : 'it is open';
    const winnersNow =
      winners.length > 1
        ? `, winners: ${winners.join('; ')}`
        : winners.length
          ? `, winner: ${winners[0]}`
          : ', with no winner';
    throw new StatusChangeError(
      `Someone else changed ${category.name} since you loaded the page (${now}${winnersNow}). ` +
        'The page shows the current results; check them before trying again.',
    );
  }
  return { category, rows };
}

/** The nominee in words, for messages: its film titles and names, as the results screen shows them. */
export function describeNomination(tx: Executor, nomination: Nomination): string {
  const filmRows = tx
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
    .from(nominationFilms)
    .innerJoin(films, eq(films.id, nominationFilms.filmId))
    .where(eq(nominationFilms.nominationId, nomination.id))
    .orderBy(asc(nominationFilms.position))
    .all();
  const personRows = tx
    .select({ id: people.id, slug: people.slug, name: people.name })
    .from(nominationPeople)
    .innerJoin(people, eq(people.id, nominationPeople.personId))
    .where(eq(nominationPeople.nominationId, nomination.id))
    .orderBy(asc(nominationPeople.position))
    .all();
  return nomineeLabel({ films: filmRows, people: personRows, displayName: nomination.displayName });
}
