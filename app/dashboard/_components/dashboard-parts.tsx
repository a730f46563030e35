// Small pieces of the dashboard page: the award columns of a season, and the sentence for choices in
// the query string that could not be used.
import type { SeasonCategory } from '@/db/queries/dashboard-scoreboard';
import type { AwardColumn } from './scoreboard-table';

/** The season's awards, once each, in the order of its categories (by award name). */
export function awardColumns(categories: SeasonCategory[]): AwardColumn[] {
  const columns = new Map<number, AwardColumn>();
  for (const category of categories) {
    if (!columns.has(category.awardId)) {
      columns.set(category.awardId, {
        id: category.awardId,
        slug: category.awardSlug,
        name: category.awardName,
        shortName: category.awardShortName,
      });
    }
  }
  return [...columns.values()];
}

export function SeasonProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <div className="notice" role="status">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}
