// A multi-series line chart over years, drawn on the server as SVG (no client JavaScript). Accessible:
// the SVG is one image named by its <title> and described by its <desc> (which states the totals), series
// differ by dash pattern and marker shape as well as colour, each point drawn carries its own <title>, and
// the numbers follow in a table (ChartTable) for anyone who would rather read them.
import { useId } from 'react';
import { linearScale, niceTicks, seriesStyle, yearTicks } from './chart-scale';
import { ChartTable } from './chart-table';
import { LegendMarker, SeriesMarker } from './series-marker';

export interface ChartSeries {
  key: string;
  label: string;
  points: { x: number; y: number }[];
}

interface Props {
  title: string;
  description: string;
  series: ChartSeries[];
  /** What a value counts ("nominations"), for point labels and the table. */
  unit: string;
  xLabel: string;
}

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 44 };
/**
 * On an axis of more years than this, points sit a few units apart, too close to see or point at one: the
 * lines are drawn without markers. Those markers and their titles made most of the dashboard's bytes (a
 * century of Academy Awards beside hundreds of other awards); the table has every number.
 */
const DENSE_AXIS_YEARS = 40;

/**
 * A series' points cut where years are missing: a line is drawn only between consecutive years, so an
 * award held in 2016 and again in 2026 is not drawn as if it had results in between.
 */
function runsOf(points: readonly { x: number; y: number }[]): { x: number; y: number }[][] {
  const runs: { x: number; y: number }[][] = [];
  for (const point of [...points].sort((a, b) => a.x - b.x)) {
    const run = runs.at(-1);
    if (run && point.x - run.at(-1)!.x === 1) run.push(point);
    else runs.push([point]);
  }
  return runs;
}

export function LineChart({ title, description, series, unit, xLabel }: Props) {
  const id = useId();
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  if (!xs.length) return <p className="muted">No data to draw yet.</p>;
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const ticks = niceTicks(Math.max(...series.flatMap((s) => s.points.map((p) => p.y))));
  const x = linearScale([first, last], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([0, ticks[ticks.length - 1] ?? 1], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const dense = last - first + 1 > DENSE_AXIS_YEARS;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="chart-svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="chart-grid" aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
                {tick}
              </text>
            </g>
          ))}
          {yearTicks(first, last).map((year) => (
            <text key={year} x={x(year)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
              {year}
            </text>
          ))}
          <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 4} textAnchor="middle">
            {xLabel}
          </text>
        </g>
        {series.map((s, index) => {
          const { colour, dash } = seriesStyle(index);
          const runs = runsOf(s.points);
          // On a dense axis a point alone (a year with no neighbour) still gets its marker: a line of one
          // point would draw nothing at all.
          const marked = dense ? runs.filter((run) => run.length === 1).flat() : s.points;
          return (
            <g key={s.key}>
              {runs
                .filter((run) => run.length > 1)
                .map((run) => (
                  <polyline
                    key={run[0]!.x}
                    points={run.map((p) => `${x(p.x)},${y(p.y)}`).join(' ')}
                    fill="none"
                    stroke={colour}
                    strokeWidth={2}
                    strokeDasharray={dash}
                  />
                ))}
              {marked.map((p) => (
                <SeriesMarker
                  key={p.x}
                  x={x(p.x)}
                  y={y(p.y)}
                  series={index}
                  colour={colour}
                  label={`${s.label}, ${p.x}: ${p.y} ${unit}`}
                />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {series.map((s, index) => (
            <li key={s.key}>
              <LegendMarker series={index} marker={!dense} /> {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <ChartTable caption={title} series={series} unit={unit} xLabel={xLabel} />
    </figure>
  );
}
