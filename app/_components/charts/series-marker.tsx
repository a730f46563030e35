// A point's marker. Each series has its own shape as well as its own colour, so the chart can be
// read without telling colours apart.
import { roundCoordinate, seriesStyle } from './chart-scale';

const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
/** Half a marker's width. */
const size = 4.5;

interface Props {
  x: number;
  y: number;
  series: number;
  colour: string;
  label?: string;
}

export function SeriesMarker({ x, y, series, colour, label }: Props) {
  const shape = SHAPES[series % SHAPES.length];
  const title = label ? <title>{label}</title> : null;
  if (shape === 'square') {
    return (
      <rect
        x={roundCoordinate(x - size)}
        y={roundCoordinate(y - size)}
        width={size * 2}
        height={size * 2}
        fill={colour}
      >
        {title}
      </rect>
    );
  }
  if (shape === 'diamond' || shape === 'triangle') {
    const corners: [number, number][] =
      shape === 'diamond'
        ? [
            [x, y - size * 1.3],
            [x + size * 1.3, y],
            [x, y + size * 1.3],
            [x - size * 1.3, y],
          ]
        : [
            [x, y - size * 1.3],
            [x + size * 1.2, y + size],
            [x - size * 1.2, y + size],
          ];
    const points = corners.map((corner) => corner.map(roundCoordinate).join(',')).join(' ');
    return (
      <polygon points={points} fill={colour}>
        {title}
      </polygon>
    );
  }
  return (
    <circle cx={x} cy={y} r={size} fill={colour}>
      {title}
    </circle>
  );
}

/** A legend's sample of a series: a stretch of its line, in its colour and dash, with its marker if drawn. */
export function LegendMarker({ series, marker }: { series: number; marker: boolean }) {
  const { colour, dash } = seriesStyle(series);
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      <line x1={0} x2={28} y1={7} y2={7} stroke={colour} strokeWidth={2} strokeDasharray={dash} />
      {marker ? <SeriesMarker x={14} y={7} series={series} colour={colour} /> : null}
    </svg>
  );
}
