// The numbers behind a line chart, as a table inside a closed <details>: the chart's text fallback,
// for screen readers and for anyone who wants the exact values.
import type { ChartSeries } from './line-chart';
import { ScrollRegion } from '@/app/_components/scroll-region';

interface Props {
  caption: string;
  series: ChartSeries[];
  unit: string;
  xLabel: string;
}

export function ChartTable({ caption, series, unit, xLabel }: Props) {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => b - a);
  const values = series.map((s) => new Map(s.points.map((p) => [p.x, p.y])));
  return (
    <details className="chart-data">
      <summary>The numbers ({unit})</summary>
      <ScrollRegion label={`Numbers: ${caption}`}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{xLabel}</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {xs.map((x) => (
              <tr key={x}>
                <th scope="row">{x}</th>
                {values.map((byX, index) => (
                  <td key={series[index]!.key}>{byX.get(x) ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
