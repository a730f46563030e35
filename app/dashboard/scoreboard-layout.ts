// How much of a season's scoreboard one page shows. A season of the real circuit has a few awards and a
// few dozen documentaries; a season of a catalogue the size Laurels must carry can hold 200 awards and
// 10,000 documentaries, which as one table would be millions of cells. So the rows come a page at a time,
// and beyond a handful of awards each row lists only the awards where the film has something, instead of
// one mostly empty column per award.
// 25 rows: a page of the dashboard is read whole on every visit, so it stays small enough to answer fast
// at that size (issue 7's budgets); the next 25 are a link away.
export const SCOREBOARD_PAGE_SIZE = 25;
export const MAX_AWARD_COLUMNS = 12;

export interface ScoreboardPage<T> {
  rows: T[];
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown, and of how many. */
  first: number;
  last: number;
  total: number;
}

/** The rows of `page` (a page past the end shows the last one). */
export function pageOfRows<T>(all: readonly T[], page: number): ScoreboardPage<T> {
  const pages = Math.max(1, Math.ceil(all.length / SCOREBOARD_PAGE_SIZE));
  const shown = Math.min(Math.max(1, page), pages);
  const start = (shown - 1) * SCOREBOARD_PAGE_SIZE;
  const rows = all.slice(start, start + SCOREBOARD_PAGE_SIZE);
  return { rows, page: shown, pages, first: rows.length ? start + 1 : 0, last: start + rows.length, total: all.length };
}

/** One column per award when there are few of them (or one has been chosen); otherwise a list per row. */
export function showsAwardColumns(awardCount: number): boolean {
  return awardCount <= MAX_AWARD_COLUMNS;
}
