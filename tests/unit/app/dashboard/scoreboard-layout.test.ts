import { describe, expect, it } from 'vitest';
import {
  MAX_AWARD_COLUMNS,
  pageOfRows,
  SCOREBOARD_PAGE_SIZE,
  showsAwardColumns,
} from '@/app/dashboard/scoreboard-layout';

const rows = Array.from({ length: SCOREBOARD_PAGE_SIZE * 2 + 7 }, (_, i) => i + 1);

describe('scoreboard pages', () => {
  it('shows one page of rows, saying which', () => {
    const size = SCOREBOARD_PAGE_SIZE;
    expect(pageOfRows(rows, 1)).toMatchObject({ page: 1, pages: 3, first: 1, last: size, total: rows.length });
    expect(pageOfRows(rows, 1).rows).toEqual(rows.slice(0, size));
    expect(pageOfRows(rows, 3)).toMatchObject({
      page: 3,
      first: 2 * size + 1,
      last: rows.length,
      rows: rows.slice(2 * size),
    });
  });

  it('shows the last page for a page past the end, and one empty page for no rows', () => {
    expect(pageOfRows(rows, 99)).toMatchObject({ page: 3, first: 2 * SCOREBOARD_PAGE_SIZE + 1 });
    expect(pageOfRows([], 1)).toEqual({ rows: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
  });

  it('keeps a column per award only while there are few awards', () => {
    expect(showsAwardColumns(MAX_AWARD_COLUMNS)).toBe(true);
    expect(showsAwardColumns(MAX_AWARD_COLUMNS + 1)).toBe(false);
  });
});
