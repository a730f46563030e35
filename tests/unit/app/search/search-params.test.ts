import { describe, expect, it } from 'vitest';
import { MAX_PAGE, parseSearchParams, searchHref, SEARCH_TEXT_MAX } from '@/app/search/search-params';

const errorsOf = (input: Record<string, string | string[] | undefined>) => {
  const parsed = parseSearchParams(input);
  return parsed.ok ? [] : parsed.errors;
};

describe('parseSearchParams', () => {
  it('reads control characters in the search text as spaces', () => {
    const parsed = parseSearchParams({ q: 'lovers\u0000despot\n' });
    expect(parsed).toMatchObject({ ok: true, params: { q: 'lovers despot' }, raw: { q: 'lovers despot ' } });
  });

  it('reads a full query, several categories and blank form fields', () => {
    const parsed = parseSearchParams({
      q: ' lovers despot ',
      award: 'ida-documentary-awards',
      category: ['documentary-feature', 'documentary-short', ''],
      from: '2016',
      to: '',
      won: '1',
      page: '2',
    });
    expect(parsed).toMatchObject({
      ok: true,
      params: {
        q: 'lovers despot',
        award: 'ida-documentary-awards',
        category: ['documentary-feature', 'documentary-short'],
        from: 2016,
        to: undefined,
        won: true,
        page: 2,
      },
    });
  });

  it('defaults to page 1 and no filters', () => {
    expect(parseSearchParams({})).toMatchObject({ ok: true, params: { category: [], won: false, page: 1 } });
  });

  it('explains each kind of bad query string', () => {
    expect(errorsOf({ from: '2018', to: '2016' })).toEqual([
      '“From” is later than “To”: the first year of the span comes first.',
    ]);
    expect(errorsOf({ from: 'last year' })[0]).toMatch(/From.*four digits/);
    expect(errorsOf({ to: '16' })[0]).toMatch(/To.*four digits/);
    expect(errorsOf({ q: 'x'.repeat(SEARCH_TEXT_MAX + 1) })[0]).toMatch(/too long/);
    expect(errorsOf({ award: '<script>' })[0]).toMatch(/award/);
    expect(errorsOf({ page: '0' })[0]).toMatch(/start at 1/);
    expect(errorsOf({ page: 'two' })[0]).toBe('The page is a number from 1 up, such as 2.');
    // -5 is a whole number, so the message does not say it is not one.
    expect(errorsOf({ page: '-5' })[0]).toBe('The page is a number from 1 up, such as 2.');
    // A page past MAX_PAGE is read: the page says whether it is past the last or past what is listed.
    expect(errorsOf({ page: String(MAX_PAGE + 1) })).toEqual([]);
    expect(errorsOf({ page: '1234567' })[0]).toBe(
      '“1234567” is too large for a page number: no list has that many pages.',
    );
    expect(errorsOf({ won: 'maybe' })[0]).toMatch(/Winners only/);
  });

  it('tells a page of twenty digits that it is too large, not that it is no number from 1 up', () => {
    expect(errorsOf({ q: 'war', page: '99999999999999999999' })).toEqual([
      '“99999999999999999999” is too large for a page number: no list has that many pages.',
    ]);
  });

  it('keeps the raw values for the form when the query is wrong', () => {
    const parsed = parseSearchParams({ q: 'amy', from: 'soon', won: 'on' });
    expect(parsed).toMatchObject({ ok: false, raw: { q: 'amy', from: 'soon', won: true } });
  });

  it('builds the address of another page of the same search', () => {
    const parsed = parseSearchParams({ q: 'made & america', category: ['a', 'b'], from: '2016', won: '1' });
    if (!parsed.ok) throw new Error('expected a valid query');
    expect(searchHref(parsed.params, 3)).toBe(
      '/search?q=made+%26+america&category=a&category=b&from=2016&won=1&page=3',
    );
  });
});
