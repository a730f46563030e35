// The server-drawn line chart: what it writes decides much of the dashboard's weight (every coordinate
// is in the HTML and again in the RSC payload), so its markup is checked here, rendered as the server does.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart, type ChartSeries } from '@/app/_components/charts/line-chart';

/** `count` series over the years first..last, series n with n + year % 7 a year. */
function series(count: number, first: number, last: number): ChartSeries[] {
  return Array.from({ length: count }, (_, n) => ({
    key: `s${n}`,
    label: `Series ${n}`,
    points: Array.from({ length: last - first + 1 }, (_, i) => ({ x: first + i, y: n + ((first + i) % 7) })),
  }));
}

const draw = (data: ChartSeries[]) =>
  renderToStaticMarkup(
    createElement(LineChart, {
      title: 'Chart',
      description: 'About it',
      series: data,
      unit: 'nominations',
      xLabel: 'Year',
    }),
  );

const coordinates = (html: string) =>
  [...html.matchAll(/(?:points|cx|cy|x|y)="([^"]+)"/g)].flatMap((m) => m[1]!.split(/[ ,]/)).map(Number);

describe('line chart', () => {
  it('marks each point of a short axis with its own title, and tells series apart by shape and dash', () => {
    const html = draw(series(3, 2015, 2024));
    expect(html.match(/<title[ >]/g)).toHaveLength(1 + 30);
    expect(html).toContain('<title>Series 1, 2017: 2 nominations</title>');
    expect(html).toContain('<rect'); // the second series' squares
    expect(html.match(/<polyline[^>]*stroke-dasharray/g)).toHaveLength(2); // the first line is solid
  });

  it('draws a century of points as lines alone, their dash patterns in the legend, every number in the table', () => {
    const html = draw(series(3, 1928, 2025));
    expect(html).not.toMatch(/<circle|<rect|<polygon/);
    expect(html.match(/<title[ >]/g)).toHaveLength(1);
    expect(html.match(/<line[^>]*stroke-dasharray/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row">1928</th>');
    expect(html.match(/<tr>/g)).toHaveLength(1 + 98);
  });

  it('leaves a gap where years are missing, and marks a point alone even on a century-long axis', () => {
    const [oscars] = series(1, 1928, 2025);
    const html = draw([
      oscars!,
      { key: 'ida', label: 'IDA', points: [2016, 2017, 2026].map((x) => ({ x, y: 5 })) },
      { key: 'once', label: 'Sundance', points: [{ x: 2016, y: 2 }] },
    ]);
    // The Oscars one line; the IDA one from 2016 to 2017, none on to 2026; Sundance none at all.
    expect(html.match(/<polyline/g)).toHaveLength(2);
    expect(html).toContain('<title>IDA, 2026: 5 nominations</title>');
    expect(html).toContain('<title>Sundance, 2016: 2 nominations</title>');
    expect(html).not.toContain('<title>IDA, 2016');
  });

  it('writes coordinates to a tenth of a unit', () => {
    const values = coordinates(draw(series(2, 1928, 2025))).filter(Number.isFinite);
    expect(values.length).toBeGreaterThan(2 * 98 * 2);
    for (const value of values) expect(Math.round(value * 10) / 10).toBe(value);
  });
});
