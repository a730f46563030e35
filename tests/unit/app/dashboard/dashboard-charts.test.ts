import { describe, expect, it } from 'vitest';
import { MAX_CHART_SERIES, seriesPerAward } from '@/app/dashboard/_components/dashboard-charts';

/** `awards` awards, the n-th with n nominations in each of two years. */
function counts(awards: number) {
  return Array.from({ length: awards }, (_, i) =>
    [2015, 2016].map((year) => ({ awardSlug: `a${i + 1}`, awardName: `Award ${i + 1}`, year, nominations: i + 1 })),
  ).flat();
}

describe('nominations per year chart', () => {
  it('draws one line per award, the biggest first, while there are few', () => {
    const series = seriesPerAward(counts(MAX_CHART_SERIES));
    expect(series.map((s) => s.key)).toEqual(['a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
  });

  it('draws the awards beyond the biggest as one line, their sum per year', () => {
    const series = seriesPerAward(counts(200));
    expect(series).toHaveLength(MAX_CHART_SERIES);
    expect(series.slice(0, -1).map((s) => s.key)).toEqual(['a200', 'a199', 'a198', 'a197', 'a196']);
    const others = series.at(-1)!;
    expect(others.label).toBe('195 other awards');
    // Awards 1 to 195 have n nominations a year each: 195 × 196 / 2 = 19,110 a year.
    expect(others.points).toEqual([
      { x: 2015, y: 19_110 },
      { x: 2016, y: 19_110 },
    ]);
  });
});
