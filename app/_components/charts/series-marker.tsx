// A point's marker. Each series has its own shape as well as its own colour, so the chart can be
// read without telling colours apart.
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

interface Props {
  x: number;
  y: number;
  series: number;
  colour: string;
  size?: number;
  label?: string;
}

export function SeriesMarker({ x, y, series, colour, size = 4.5, label }: Props) {
  const shape = SHAPES[series % SHAPES.length];
  const title = label ? <title>{label}</title> : null;
  if (shape === 'square') {
    return (
      <rect x={x - size} y={y - size} width={size * 2} height={size * 2} fill={colour}>
        {title}
      </rect>
    );
  }
  if (shape === 'diamond' || shape === 'triangle') {
    const points =
      shape === 'diamond'
        ? [`${x},${y - size * 1.3}`, `${x + size * 1.3},${y}`, `${x},${y + size * 1.3}`, `${x - size * 1.3},${y}`]
        : [`${x},${y - size * 1.3}`, `${x + size * 1.2},${y + size}`, `${x - size * 1.2},${y + size}`];
    return (
      <polygon points={points.join(' ')} fill={colour}>
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

/** The same marker, small, for a legend. */
export function LegendMarker({ series, colour }: { series: number; colour: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <SeriesMarker x={7} y={7} series={series} colour={colour} size={4.5} />
    </svg>
  );
}
