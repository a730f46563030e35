// The two GET forms above the scoreboard: which season, then which award and category. Plain forms, so
// they work without JavaScript; each keeps the other choices in hidden fields.
import Link from 'next/link';
import { seasonLabel, seasonParam } from '@/db/rules/awards-season';
import type { SeasonCategory } from '@/db/queries/dashboard-scoreboard';
import type { SeasonSummary } from '@/db/queries/dashboard-seasons';
import { dashboardHref, type DashboardParams } from '../dashboard-params';
import { showsAwardColumns } from '../scoreboard-layout';
import type { AwardColumn } from './scoreboard-table';

interface Props {
  params: DashboardParams;
  season: number;
  seasons: SeasonSummary[];
  awards: AwardColumn[];
  categories: SeasonCategory[];
}

export function SeasonPicker({ params, season, seasons }: Pick<Props, 'params' | 'season' | 'seasons'>) {
  return (
    <form action="/dashboard" method="get" autoComplete="off" className="filters" aria-label="Choose a season">
      <label htmlFor="dashboard-season">
        Season
        <select id="dashboard-season" name="season" defaultValue={seasonParam(season)}>
          {seasons.map((s) => (
            <option key={s.start} value={seasonParam(s.start)}>
              {`${seasonLabel(s.start)} (${s.awards} award${s.awards === 1 ? '' : 's'})`}
            </option>
          ))}
        </select>
      </label>
      {params.sort !== 'wins' ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <button type="submit">Show season</button>
    </form>
  );
}

export function ScoreboardFilters({ params, season, awards, categories }: Omit<Props, 'seasons'>) {
  // With many awards, every category of the season would be thousands of choices: pick the award first.
  const listsCategories = Boolean(params.award) || showsAwardColumns(awards.length);
  const shown = params.award ? categories.filter((c) => c.awardSlug === params.award) : categories;
  return (
    <form
      action="/dashboard"
      method="get"
      autoComplete="off"
      className="filters dashboard-filters"
      aria-label="Filter the scoreboard"
    >
      <input type="hidden" name="season" value={seasonParam(season)} />
      {params.sort !== 'wins' ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <label htmlFor="dashboard-award">
        Award
        <select id="dashboard-award" name="award" defaultValue={params.award ?? ''}>
          <option value="">All awards</option>
          {awards.map((award) => (
            <option key={award.id} value={award.slug}>
              {award.name}
            </option>
          ))}
        </select>
      </label>
      {listsCategories ? (
        <label htmlFor="dashboard-category">
          Category
          <select id="dashboard-category" name="category" defaultValue={params.category ? String(params.category) : ''}>
            <option value="">All categories</option>
            {shown.map((category) => (
              <option key={category.categoryId} value={category.categoryId}>
                {params.award ? category.categoryName : `${category.awardName}: ${category.categoryName}`}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted">Choose an award to filter by one of its categories.</p>
      )}
      <button type="submit">Filter</button>
      {params.award || params.category ? (
        <Link href={dashboardHref(params, { award: null, category: null })}>Show all</Link>
      ) : null}
    </form>
  );
}
