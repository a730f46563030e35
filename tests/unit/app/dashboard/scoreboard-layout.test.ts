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
    expect(pageOfRows(rows, 1)).toMatchObject({ page: 1, pages: 3, first: 1, last: 50, total: 107 });
    expect(pageOfRows(rows, 1).rows).toEqual(rows.slice(0, 50));
    expect(pageOfRows(rows, 3)).toMatchObject({ page: 3, first: 101, last: 107, rows: rows.slice(100) });
  });

  it('shows the last page for a page past the end, and one empty page for no rows', () => {
    expect(pageOfRows(rows, 99)).toMatchObject({ page: 3, first: 101 });
    expect(pageOfRows([], 1)).toEqual({ rows: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
  });

  it('keeps a column per award only while there are few awards', () => {
    expect(showsAwardColumns(MAX_AWARD_COLUMNS)).toBe(true);
    expect(showsAwardColumns(MAX_AWARD_COLUMNS + 1)).toBe(false);
  });
});
