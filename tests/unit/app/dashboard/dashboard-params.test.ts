import { describe, expect, it } from 'vitest';
import { dashboardHref, parseDashboardParams } from '@/app/dashboard/dashboard-params';
import { niceTicks, yearTicks } from '@/app/_components/charts/chart-scale';

describe('dashboard query string', () => {
  it('reads the season, award, category and sort', () => {
    expect(parseDashboardParams({ season: '2016-17', award: 'academy-awards', category: '12', sort: 'title' })).toEqual(
      { params: { season: 2016, award: 'academy-awards', category: 12, sort: 'title' }, problems: [] },
    );
    expect(parseDashboardParams({})).toEqual({
      params: { season: null, award: null, category: null, sort: 'wins' },
      problems: [],
    });
    expect(parseDashboardParams({ award: '', category: '' }).problems).toEqual([]);
  });

  it('drops what it cannot read, with a sentence for each', () => {
    const { params, problems } = parseDashboardParams({ season: 'next', category: 'x', sort: 'random' });
    expect(params).toEqual({ season: null, award: null, category: null, sort: 'wins' });
    expect(problems).toEqual([
      'The season must be written like 2016-17.',
      'The category is not known.',
      'Sort by wins, nominations or title.',
    ]);
  });

  it('builds links that keep the other choices', () => {
    const params = { season: 2016, award: 'ida-documentary-awards', category: null, sort: 'wins' as const };
    expect(dashboardHref(params, { sort: 'title' })).toBe(
      '/dashboard?season=2016-17&award=ida-documentary-awards&sort=title',
    );
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
