// A film's path through a season: its nominations as steps left to right in date order, each a marker
// (filled for a win, ringed for a nomination, grey for a loss) with its date above and its award and
// result below. Drawn on the server as SVG; the same steps follow as an ordered list, which is what a
// screen reader reads (the SVG is one image named by its title and description).
import { useId } from 'react';

export interface PathStep {
  key: string;
  /** A short name for the award, drawn under the marker. */
  label: string;
  /** "3 Nov 2016", or the awards year when the date is not known. */
  when: string;
  outcome: 'won' | 'nominated' | 'lost' | 'other';
  /** The status as a word: "Won". */
  outcomeLabel: string;
}

interface Props {
  title: string;
  description: string;
  steps: PathStep[];
}

const STEP_WIDTH = 150;
const HEIGHT = 118;
const LINE_Y = 46;
const FILL: Record<PathStep['outcome'], { fill: string; stroke: string }> = {
  won: { fill: '#1f6f3a', stroke: '#1f6f3a' },
  nominated: { fill: '#ffffff', stroke: '#1b4f8a' },
  lost: { fill: '#b8b8c0', stroke: '#5a5a62' },
  other: { fill: '#fff4d6', stroke: '#7a4b00' },
};

/** Cuts a label to what fits under one step. */
const fit = (text: string, max = 20) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function PathChart({ title, description, steps }: Props) {
  const id = useId();
  if (!steps.length) return null;
  const width = Math.max(steps.length * STEP_WIDTH, 320);
  const x = (index: number) => (width / steps.length) * (index + 0.5);
  return (
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="chart-svg path-chart"
      style={{ maxWidth: `${width}px` }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {steps.length > 1 ? (
        <line x1={x(0)} x2={x(steps.length - 1)} y1={LINE_Y} y2={LINE_Y} stroke="#d9d9de" strokeWidth={3} />
      ) : null}
      {steps.map((step, index) => (
        <g key={step.key} textAnchor="middle" className="chart-step">
          <text x={x(index)} y={20}>
            {step.when}
          </text>
          <circle cx={x(index)} cy={LINE_Y} r={11} strokeWidth={3} {...FILL[step.outcome]} />
          <text x={x(index)} y={LINE_Y + 34} className="chart-step-outcome">
            {step.outcomeLabel}
          </text>
          <text x={x(index)} y={LINE_Y + 56}>
            {fit(step.label)}
          </text>
        </g>
      ))}
    </svg>
  );
}
