// The nominations list of a search: its rows are entries of any status, which it says when one is no
// nomination (the record counts of films and people count nominations only); and on a page with no
// row, an address asking for a page past the last (an edited or old link) says how many pages there
// are and links the last, rather than a bare "nothing".
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchNominations } from '@/app/_components/search-nominations';
import type { NominationHit } from '@/db/search';
import type { NominationStatus } from '@/db/schema';

const render = (page: number, total: number, isCountCapped = false) =>
  renderToStaticMarkup(
    createElement(SearchNominations, {
      results: { rows: [], total, isCountCapped, isNameMatchCapped: false },
      page,
      pageSize: 25,
      maxPage: 40,
      hrefFor: (n) => `/search?q=13th&page=${n}`,
    }),
  ).replace(/<!-- -->/g, '');

describe('a search page with no row', () => {
  it('past the last page, names how many pages the results fill and links the last', () => {
    const html = render(7, 30);
    expect(html).toContain('There is no page 7: the 30 entries found fill 2 pages.');
    expect(html).toContain('href="/search?q=13th&amp;page=2"');
    // No "Previous page" to another empty page.
    expect(html).not.toContain('Previous page');
    expect(render(3, 1)).toContain('the 1 entry found fills 1 page.');
  });

  it('past page 40, says so only when there are more results than 40 pages list', () => {
    expect(render(41, 1000, true)).toContain(
      'Search results go up to page 40; to see past it, add words or filters to narrow the search.',
    );
    expect(render(999, 1000, true)).toContain('href="/search?q=13th&amp;page=40"');
    // Twelve pages of results: page 41 is past the last, as page 13 is.
    expect(render(41, 288)).toContain('There is no page 41: the 288 entries found fill 12 pages.');
  });

  it('on the first page, says that nothing matches', () => {
    expect(render(1, 0)).toContain('No nominations match.');
    expect(render(4, 0)).toContain('No nominations match.');
  });
});

const row = (id: number, status: NominationStatus): NominationHit => ({
  id,
  status,
  displayName: `Entry ${id}`,
  detail: null,
  category: 'Documentary (Feature)',
  editionSlug: '16th',
  editionName: '16th Academy Awards',
  editionYear: 1943,
  yearLabel: null,
  ceremonyDate: null,
  awardSlug: 'academy-awards',
  awardName: 'Academy Awards',
  films: [],
  people: [],
});

const rendered = (rows: NominationHit[]) =>
  renderToStaticMarkup(
    createElement(SearchNominations, {
      results: { rows, total: rows.length, isCountCapped: false, isNameMatchCapped: false },
      page: 1,
      pageSize: 25,
      maxPage: 40,
      hrefFor: (n) => `/search?q=x&page=${n}`,
    }),
  ).replace(/<!-- -->/g, '');

describe('a search page with rows', () => {
  it('counts entries, and says what an entry is when one on the page is no nomination', () => {
    const mixed = rendered([row(1, 'won'), row(2, 'shortlisted')]);
    expect(mixed).toContain('1–2 of 2 entries, latest first. An entry is a nomination, or a submission');
    const nominations = rendered([row(1, 'won'), row(2, 'lost')]);
    expect(nominations).toContain('1–2 of 2 entries, latest first</p>');
  });
});
