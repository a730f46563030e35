// The dashboard's two charts: nominations per awards year for each award (over every year that has
// any), and the scoreboard leader's path through the season. Both are SVG drawn on the server.
import type { AwardYearCount, SeasonStep } from '@/db/queries/dashboard-charts';
import { STATUS_LABELS } from '@/db/rules/status';
import { formatIsoDate } from '@/app/_components/award-date';
import { LineChart, type ChartSeries } from '@/app/_components/charts/line-chart';
import { PathChart, type PathStep } from '@/app/_components/charts/path-chart';
import { StatusBadge } from '@/app/_components/status-badge';
import { plural } from '@/app/_lib/plural';

/**
 * More lines than this cannot be told apart (nor their table read): the awards beyond the biggest ones
 * are drawn as one line, their sum per year.
 */
export const MAX_CHART_SERIES = 6;

const total = (s: ChartSeries) => s.points.reduce((sum, p) => sum + p.y, 0);

/** One series per award, ordered by how many nominations it has (the biggest drawn first). */
export function seriesPerAward(counts: AwardYearCount[]): ChartSeries[] {
  const byAward = new Map<string, ChartSeries>();
  for (const count of counts) {
    const series = byAward.get(count.awardSlug) ?? { key: count.awardSlug, label: count.awardName, points: [] };
    series.points.push({ x: count.year, y: count.nominations });
    byAward.set(count.awardSlug, series);
  }
  const sorted = [...byAward.values()].sort((a, b) => total(b) - total(a));
  if (sorted.length <= MAX_CHART_SERIES) return sorted;
  const rest = sorted.slice(MAX_CHART_SERIES - 1);
  const perYear = new Map<number, number>();
  for (const series of rest)
    for (const point of series.points) perYear.set(point.x, (perYear.get(point.x) ?? 0) + point.y);
  const others: ChartSeries = {
    key: 'other-awards',
    label: `${rest.length} other awards`,
    points: [...perYear].sort(([a], [b]) => a - b).map(([x, y]) => ({ x, y })),
  };
  return [...sorted.slice(0, MAX_CHART_SERIES - 1), others];
}

export function NominationsPerYearChart({ counts }: { counts: AwardYearCount[] }) {
  const series = seriesPerAward(counts);
  const years = counts.map((c) => c.year);
  const summary = series
    .map(
      (s) =>
        `${s.label}: ${plural(
          s.points.reduce((sum, p) => sum + p.y, 0),
          'nomination',
        )} in ${plural(s.points.length, 'year')}`,
    )
    .join('; ');
  return (
    <LineChart
      title="Documentary nominations per awards year, by award"
      description={
        years.length
          ? `Awards years ${Math.min(...years)} to ${Math.max(...years)}. ${summary}.`
          : 'No nominations yet.'
      }
      series={series}
      unit="nominations"
      xLabel="Awards year"
    />
  );
}

const OUTCOMES: Record<string, PathStep['outcome']> = { won: 'won', nominated: 'nominated', lost: 'lost' };
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function FilmPathChart({ title, steps }: { title: string; steps: SeasonStep[] }) {
  const pathSteps: PathStep[] = steps.map((step) => ({
    key: String(step.nominationId),
    label: step.awardShortName ?? step.awardName,
    when: step.ceremonyDate ? SHORT_DATE.format(new Date(`${step.ceremonyDate}T00:00:00Z`)) : `year ${step.year}`,
    outcome: OUTCOMES[step.status] ?? 'other',
    outcomeLabel: STATUS_LABELS[step.status],
  }));
  const description = steps
    .map((step) => `${step.editionName}, ${step.categoryName}: ${STATUS_LABELS[step.status].toLowerCase()}`)
    .join('; ');
  return (
    <figure className="chart">
      <PathChart title={`${title} through the season`} description={`${description}.`} steps={pathSteps} />
      <figcaption>
        <ol className="plain season-path">
          {steps.map((step) => (
            <li key={step.nominationId}>
              {step.ceremonyDate ? formatIsoDate(step.ceremonyDate) : `Awards year ${step.year}`}: {step.editionName},{' '}
              {step.categoryName} <StatusBadge status={step.status} />
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
