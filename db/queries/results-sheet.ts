// What the ceremony-night screen reads: an edition's categories in order, each with its nominees, their
// status and the version each was seen at, and the state of the category as a whole. The version (and
// the category's state token built from it) travels back with every click, so a result entered on a
// page that someone else has changed since is refused instead of silently overwriting theirs.
import { createHash } from 'node:crypto';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { categories, nominations, type NominationStatus } from '../schema';
import { withNominees, type Nominee } from './awards';

/** Where a category stands on the night: no winner yet, a winner entered, or closed (the others lost). */
export type CategoryResultState = 'open' | 'winner' | 'closed';

export interface SheetNominee extends Nominee {
  id: number;
  status: NominationStatus;
  version: number;
  displayName: string | null;
  detail: string | null;
  /** The nominee in words, as the public edition page writes it (films – names). */
  label: string;
  /** For a winner, the status an undo returns to; null when it won from the start (nothing to undo). */
  statusBeforeWin: NominationStatus | null;
}

/** The status a nomination had before its latest win, or null when it started as a winner, as SQL. */
export function statusBeforeWinSql(nominationId: SQL): SQL<NominationStatus | null> {
  return sql<NominationStatus | null>`(select from_status from status_events
    where nomination_id = ${nominationId} and to_status = 'won' order by id desc limit 1)`;
}

export interface SheetCategory {
  id: number;
  slug: string;
  name: string;
  closedAt: string | null;
  state: CategoryResultState;
  /** What the category looked like when read; see categoryStateToken. */
  stateToken: string;
  nominees: SheetNominee[];
}

/** The nominee in words: its film titles, then the names as the award wrote them (or its people). */
export function nomineeLabel(nominee: Nominee & { displayName: string | null }): string {
  const titles = nominee.films.map((film) => film.title).join(', ');
  const names = nominee.displayName ?? nominee.people.map((person) => person.name).join(', ');
  if (titles && names) return `${titles} – ${names}`;
  return titles || names || 'Unnamed nominee';
}

/**
 * A fingerprint of a category's results: whether it is closed and the version of every nominee. Any
 * status change bumps a version and closing sets closedAt, so two tokens differ whenever anything an
 * editor acts on has changed in between. A short hash of them: every nominee's button carries it, so its
 * size must not grow with the category.
 */
export function categoryStateToken(closedAt: string | null, rows: readonly { id: number; version: number }[]): string {
  const versions = [...rows]
    .sort((a, b) => a.id - b.id)
    .map((row) => `${row.id}.${row.version}`)
    .join(',');
  return createHash('sha256')
    .update(`${closedAt ?? 'open'}|${versions}`)
    .digest('base64url')
    .slice(0, 22);
}

export function categoryResultState(
  closedAt: string | null,
  rows: readonly { status: NominationStatus }[],
): CategoryResultState {
  if (closedAt) return 'closed';
  return rows.some((row) => row.status === 'won') ? 'winner' : 'open';
}

/** The whole edition for the results screen: two queries for the categories and nominations, two for names. */
export async function listResultsSheet(db: Executor, editionId: number): Promise<SheetCategory[]> {
  const categoryRows = await db
    .select({ id: categories.id, slug: categories.slug, name: categories.name, closedAt: categories.closedAt })
    .from(categories)
    .where(eq(categories.editionId, editionId))
    .orderBy(asc(categories.position), asc(categories.id));
  const nominationRows = await db
    .select({
      id: nominations.id,
      categoryId: nominations.categoryId,
      status: nominations.status,
      version: nominations.version,
      displayName: nominations.displayName,
      detail: nominations.detail,
      statusBeforeWin: statusBeforeWinSql(sql`${nominations.id}`),
    })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .where(eq(categories.editionId, editionId))
    .orderBy(asc(nominations.categoryId), asc(nominations.position), asc(nominations.id));
  const named = await withNominees(db, nominationRows, (row) => row.id);

  const byCategory = new Map<number, SheetNominee[]>();
  for (const { categoryId, ...row } of named) {
    const list = byCategory.get(categoryId) ?? [];
    list.push({ ...row, label: nomineeLabel(row) });
    byCategory.set(categoryId, list);
  }
  return categoryRows.map((category) => {
    const nominees = byCategory.get(category.id) ?? [];
    return {
      ...category,
      state: categoryResultState(category.closedAt, nominees),
      stateToken: categoryStateToken(category.closedAt, nominees),
      nominees,
    };
  });
}
