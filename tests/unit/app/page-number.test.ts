// The page a public list's address asks for: the sources, a source's statuses and the A–Z lists read it
// with parsePageParam, search and the dashboard with pageNumberSchema, so a page number of twenty digits
// is told it is too large on each of them, not that it is no page number.
import { describe, expect, it } from 'vitest';
import { parseBrowseParams } from '@/app/_components/browse-list';
import { parsePageParam } from '@/app/_lib/page-number';

const TOO_LARGE = '“99999999999999999999” is too large for a page number: no list has that many pages.';

describe('parsePageParam', () => {
  it('reads a page from 1, and shows the first with why for anything else', () => {
    expect(parsePageParam(undefined)).toEqual({ page: 1 });
    expect(parsePageParam('999999')).toEqual({ page: 999_999 });
    expect(parsePageParam(['3', '4'])).toEqual({ page: 3 });
    for (const typed of ['0', 'two', '-5', '1e3', '']) {
      expect(parsePageParam(typed), typed).toEqual({
        page: 1,
        problem: `“${typed}” is not a page number: showing the first.`,
      });
    }
  });

  it('tells a page of twenty digits that it is too large, on the sources and on the A–Z lists', () => {
    expect(parsePageParam('99999999999999999999')).toEqual({ page: 1, problem: `${TOO_LARGE} Showing the first.` });
    expect(parseBrowseParams({ letter: 'f', page: '99999999999999999999' })).toEqual({
      filter: { letter: 'f' },
      page: 1,
      problem: `${TOO_LARGE} Showing the first.`,
    });
  });
});
