// The dashboard (public): an awards season at a glance. The scoreboard of every documentary's
// nominations and wins across the season's awards, where each edition stands, the latest status
// changes, and two charts. Every choice is in the query string (GET forms and links), so it all works
// without JavaScript; each part is read with one or two queries.
// Rendered by two routes: ./[view]/page.tsx, cached per query and day, for every ordinary request, and
// ./page.tsx for the rest (see app/_lib/cached-views.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { shareMetadata } from '@/app/_lib/share-metadata';
import { getDb, type Executor } from '@/db/client';
import { awardNameOf } from '@/db/queries/awards';
import { listRecentStatusChanges } from '@/db/queries/dashboard-activity';
import { countNominationsPerYear, listFilmSeasonPath } from '@/db/queries/dashboard-charts';
import { listDashboardEditions } from '@/db/queries/dashboard-editions';
import { getScoreboard, listSeasonCategories } from '@/db/queries/dashboard-scoreboard';
import { defaultSeason, listSeasons } from '@/db/queries/dashboard-seasons';
import { seasonBounds, seasonLabel, seasonOfDate } from '@/db/rules/awards-season';
import { formatIsoDate } from '@/app/_components/award-date';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { LiveRefresh } from '@/app/_components/live-refresh';
import { awardColumns, SeasonProblems } from './_components/dashboard-parts';
import { FilmPathChart, NominationsPerYearChart } from './_components/dashboard-charts';
import { EditionStatus } from './_components/edition-status';
import { RecentChanges } from './_components/recent-changes';
import { ScoreboardFilters, SeasonPicker } from './_components/scoreboard-filters';
import { ScoreboardTable } from './_components/scoreboard-table';
import type { RawParams } from '@/app/_lib/cached-views';
import { dashboardHref, parseDashboardParams } from './dashboard-params';
import { pageOfRows, showsAwardColumns } from './scoreboard-layout';
import { plural } from '@/app/_lib/plural';

const DASHBOARD_DESCRIPTION =
  'An awards season at a glance: every documentary’s nominations and wins across the circuit, where each ceremony stands, and the latest results with their sources.';

/** The seasons Laurels holds, read once per request: the page's title and its body both need them. */
const seasonsOn = cache((today: string) => listSeasons(getDb(), today));

/** The season a dashboard address shows: the one it asks for if Laurels holds it, else the current one. */
function shownSeason(raw: RawParams, today: string) {
  const { params, problems } = parseDashboardParams(raw);
  const seasons = seasonsOn(today);
  const known = params.season !== null && seasons.some((s) => s.start === params.season);
  // A season asked for and not held is said by the page's notice, with the season shown instead.
  return { params, problems, seasons, season: known ? params.season! : defaultSeason(seasons, today) };
}

/** The page's title names the season shown ("The 2016–17 awards season · Laurels"). */
export function dashboardMetadata(raw: RawParams, today: string): Metadata {
  const { season } = shownSeason(raw, today);
  return shareMetadata(
    season === null ? 'Dashboard' : `The ${seasonLabel(season)} awards season`,
    DASHBOARD_DESCRIPTION,
  );
}

/** Why an award asked for is not shown: no award has that address, or it has no edition in the season. */
function awardNotShown(db: Executor, slug: string): string {
  const name = awardNameOf(db, slug);
  return name
    ? `${name}: no edition in this season; all awards are shown.`
    : `No award has the address “${slug.slice(0, 40)}”; all awards are shown.`;
}

/** The dashboard for these query parameters as of `today` (a UTC date, as in app/_lib/cached-views.ts). */
export function DashboardView({ raw, today }: { raw: RawParams; today: string }) {
  const db = getDb();
  const { params, problems, seasons, season } = shownSeason(raw, today);
  if (season === null) {
    return (
      <>
        <h1>Dashboard</h1>
        <p className="notice">No nominations are recorded yet, so there is no season to show.</p>
      </>
    );
  }
  const categories = listSeasonCategories(db, season);
  const awards = awardColumns(categories);
  const filter = { ...params, season, award: awards.some((a) => a.slug === params.award) ? params.award : null };
  if (params.award && !filter.award) problems.push(awardNotShown(db, params.award));
  const category = params.category ? categories.find((c) => c.categoryId === params.category) : undefined;
  if (params.category && !category) {
    problems.push('That category is not one of this season’s; all categories are shown.');
    filter.category = null;
  } else if (category && filter.award && category.awardSlug !== filter.award) {
    // Left over from another award when only the award was changed.
    problems.push(`That category belongs to the ${category.awardName}; every category of this award is shown.`);
    filter.category = null;
  }
  const rows = getScoreboard(db, filter);
  // The chart follows the film leading the scoreboard as filtered, whichever order the table is in.
  const leader = filter.sort === 'wins' ? rows[0] : getScoreboard(db, { ...filter, sort: 'wins' })[0];
  const shown = pageOfRows(rows, params.page);
  if (shown.page !== params.page)
    problems.push(`The scoreboard has ${plural(shown.pages, 'page')}; the last one is shown.`);
  const chosenAwards = filter.award ? awards.filter((a) => a.slug === filter.award) : awards;
  const bounds = seasonBounds(season);
  const current = seasonOfDate(today);
  // Another season than the one asked for (or, unasked, than the current one) is shown: say why.
  const isStandIn = params.season === null ? season !== current : params.season !== season;
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Dashboard' }]} />
      <h1>The {seasonLabel(season)} awards season</h1>
      <p className="lede">
        Every documentary’s nominations and wins at the awards Laurels tracks, for ceremonies from{' '}
        {formatIsoDate(bounds.from)} to {formatIsoDate(bounds.to)} (an edition without a ceremony date counts in the
        season its awards year starts).
      </p>
      {/* A result entered anywhere re-renders the page in place; without JavaScript it reloads every minute. */}
      <LiveRefresh />
      <noscript>
        <meta httpEquiv="refresh" content="60" />
      </noscript>
      <SeasonProblems problems={problems} />
      {isStandIn ? (
        <p className="notice">
          {params.season === null
            ? `Nothing is recorded yet for the current season, ${seasonLabel(current)}.`
            : `Laurels holds no nominations for the season ${seasonLabel(params.season)}.`}{' '}
          Shown here: {seasonLabel(season)},{' '}
          {season === current
            ? 'the current season'
            : `the season with the most awards in Laurels (${plural(seasons.find((s) => s.start === season)?.awards ?? 0, 'award')})`}
          .
          {seasons[0] && seasons[0].start !== season ? (
            <>
              {' '}
              The latest season with nominations is{' '}
              <Link href={dashboardHref(filter, { season: seasons[0].start })}>{seasonLabel(seasons[0].start)}</Link>.
            </>
          ) : null}
        </p>
      ) : null}
      <SeasonPicker params={filter} season={season} seasons={seasons} />
      <section aria-labelledby="scoreboard-heading">
        <h2 id="scoreboard-heading">Scoreboard</h2>
        <ScoreboardFilters params={filter} season={season} awards={awards} categories={categories} />
        <ScoreboardTable
          shown={shown}
          awards={chosenAwards}
          asColumns={showsAwardColumns(chosenAwards.length)}
          params={{ ...filter, page: shown.page }}
          seasonLabel={seasonLabel(season)}
        />
      </section>
      {leader ? (
        <section aria-labelledby="path-heading">
          <h2 id="path-heading">{leader.title}: its path through the season</h2>
          <FilmPathChart title={leader.title} steps={listFilmSeasonPath(db, leader.filmId, season)} />
        </section>
      ) : null}
      <section aria-labelledby="editions-heading">
        <h2 id="editions-heading">Edition status</h2>
        <EditionStatus editions={listDashboardEditions(db, season, today)} today={today} season={season} />
      </section>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">Recent status changes</h2>
        <p className="muted">The latest Laurels recorded, at every award and in every season.</p>
        <RecentChanges changes={listRecentStatusChanges(db)} />
      </section>
      <section aria-labelledby="per-year-heading">
        <h2 id="per-year-heading">Nominations per year</h2>
        <NominationsPerYearChart counts={countNominationsPerYear(db)} />
      </section>
    </>
  );
}
