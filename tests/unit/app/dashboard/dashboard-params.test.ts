import { describe, expect, it } from 'vitest';
import { dashboardHref, parseDashboardParams } from '@/app/dashboard/dashboard-params';
import { niceTicks, yearTicks } from '@/app/_components/charts/chart-scale';

describe('dashboard query string', () => {
  it('reads the season, award, category, sort and page', () => {
    expect(
      parseDashboardParams({ season: '2016-17', award: 'academy-awards', category: '12', sort: 'title', page: '3' }),
    ).toEqual({
      params: { season: 2016, award: 'academy-awards', category: 12, sort: 'title', page: 3 },
      problems: [],
    });
    expect(parseDashboardParams({})).toEqual({
      params: { season: null, award: null, category: null, sort: 'wins', page: 1 },
      problems: [],
    });
    expect(parseDashboardParams({ award: '', category: '' }).problems).toEqual([]);
  });

  it('drops what it cannot read, with a sentence for each', () => {
    const { params, problems } = parseDashboardParams({ season: 'next', category: 'x', sort: 'random', page: '0' });
    expect(params).toEqual({ season: null, award: null, category: null, sort: 'wins', page: 1 });
    expect(problems).toEqual([
      'The season must be written like 2016-17.',
      'The category is not known.',
      'Sort by wins, nominations or title.',
      'The scoreboard page must be 1 or more.',
    ]);
  });

  it('tells a page of twenty digits that it is too large, as every list does', () => {
    expect(parseDashboardParams({ page: '99999999999999999999' })).toEqual({
      params: { season: null, award: null, category: null, sort: 'wins', page: 1 },
      problems: ['“99999999999999999999” is too large for a page number: no list has that many pages.'],
    });
  });

  it('builds links that keep the other choices, and start again at the first page when one changes', () => {
    const params = { season: 2016, award: 'ida-documentary-awards', category: null, sort: 'wins' as const, page: 4 };
    expect(dashboardHref(params, { sort: 'title' })).toBe(
      '/dashboard?season=2016-17&award=ida-documentary-awards&sort=title',
    );
    expect(dashboardHref(params, { page: 5 })).toBe('/dashboard?season=2016-17&award=ida-documentary-awards&page=5');
    expect(dashboardHref({ ...params, season: null, award: null })).toBe('/dashboard');
  });
});

describe('chart scales', () => {
  it('picks round ticks and readable year labels', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0]);
    expect(yearTicks(1942, 2025)).toEqual([1942, 1960, 1980, 2000, 2025]);
    expect(yearTicks(2016, 2016)).toEqual([2016]);
  });
});
