// Job runs per day over the last two weeks, one stacked bar per day by outcome, drawn on the server as
// SVG (no client JavaScript). Colour is never the only signal: each bar has a title with its numbers,
// the legend names the colours, and the same numbers are in a table below it.
import type { RunsOnDay } from '@/db/queries/health';
import type { JobOutcome } from '@/db/schema';

const SERIES: { outcome: JobOutcome; label: string; colour: string }[] = [
  { outcome: 'succeeded', label: 'Succeeded', colour: '#1f6f3a' },
  { outcome: 'failed', label: 'Failed', colour: '#b3261e' },
  { outcome: 'abandoned', label: 'Abandoned', colour: '#7a4b00' },
  { outcome: 'running', label: 'Running', colour: '#1b4f8a' },
];
const BAR = 28;
const GAP = 8;
const HEIGHT = 120;
const TOP = 16;
const BOTTOM = 20;

const total = (day: RunsOnDay) => SERIES.reduce((sum, { outcome }) => sum + day[outcome], 0);
const describe = (day: RunsOnDay) =>
  `${day.day}: ${total(day)} runs (${SERIES.map(({ outcome, label }) => `${day[outcome]} ${label.toLowerCase()}`).join(', ')})`;

function Bar({ day, index, max }: { day: RunsOnDay; index: number; max: number }) {
  const x = index * (BAR + GAP);
  let y = TOP + HEIGHT;
  return (
    <g>
      <title>{describe(day)}</title>
      {SERIES.map(({ outcome, colour }) => {
        const height = (day[outcome] / max) * HEIGHT;
        y -= height;
        return height > 0 ? <rect key={outcome} x={x} y={y} width={BAR} height={height} fill={colour} /> : null;
      })}
      <text x={x + BAR / 2} y={TOP + HEIGHT + 14} textAnchor="middle" fontSize="10" fill="currentColor">
        {day.day.slice(8)}
      </text>
      {total(day) ? (
        <text x={x + BAR / 2} y={y - 3} textAnchor="middle" fontSize="10" fill="currentColor">
          {total(day)}
        </text>
      ) : null}
    </g>
  );
}

export function RunsChart({ days }: { days: RunsOnDay[] }) {
  const max = Math.max(1, ...days.map(total));
  const width = days.length * (BAR + GAP) - GAP;
  const first = days[0]?.day ?? '';
  const last = days.at(-1)?.day ?? '';
  const runs = days.reduce((sum, day) => sum + total(day), 0);
  return (
    <figure className="health-chart" tabIndex={0}>
      <svg
        role="img"
        aria-label={`Job runs per day from ${first} to ${last}: ${runs} in all.`}
        viewBox={`0 0 ${width} ${TOP + HEIGHT + BOTTOM}`}
        width={width}
        height={TOP + HEIGHT + BOTTOM}
      >
        {days.map((day, index) => (
          <Bar key={day.day} day={day} index={index} max={max} />
        ))}
        <line x1={0} x2={width} y1={TOP + HEIGHT} y2={TOP + HEIGHT} stroke="currentColor" strokeWidth={1} />
      </svg>
      <figcaption>
        Runs per day (UTC), {first} to {last}:{' '}
        {SERIES.map(({ outcome, label, colour }) => (
          <span key={outcome} className="health-legend">
            <svg aria-hidden="true" width="10" height="10">
              <rect width="10" height="10" fill={colour} />
            </svg>{' '}
            {label}
          </span>
        ))}
      </figcaption>
      <details>
        <summary>The same as a table</summary>
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              {SERIES.map(({ outcome, label }) => (
                <th key={outcome} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                {SERIES.map(({ outcome }) => (
                  <td key={outcome}>{day[outcome]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
