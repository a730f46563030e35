// The nominations list of a search on a page with no row: an address asking for a page past the last
// (an edited or old link) says how many pages there are and links the last, rather than a bare "nothing".
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchNominations } from '@/app/_components/search-nominations';

const render = (page: number, total: number) =>
  renderToStaticMarkup(
    createElement(SearchNominations, {
      results: { rows: [], total, isCountCapped: false, isNameMatchCapped: false },
      page,
      pageSize: 25,
      maxPage: 40,
      hrefFor: (n) => `/search?q=13th&page=${n}`,
    }),
  ).replace(/<!-- -->/g, '');

describe('a search page with no row', () => {
  it('past the last page, names how many pages the results fill and links the last', () => {
    const html = render(7, 30);
    expect(html).toContain('There is no page 7: the 30 nominations found fill 2 pages.');
    expect(html).toContain('href="/search?q=13th&amp;page=2"');
    // No "Previous page" to another empty page.
    expect(html).not.toContain('Previous page');
    expect(render(3, 1)).toContain('the 1 nomination found fills 1 page.');
  });

  it('on the first page, says that nothing matches', () => {
    expect(render(1, 0)).toContain('No nominations match.');
    expect(render(4, 0)).toContain('No nominations match.');
  });
});
