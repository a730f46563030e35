// The season scoreboard: one row per documentary, its totals first (in view on a phone without
// scrolling sideways), then one column per award (won / nominated / shortlisted there) — or, in a season
// of many awards, one column listing the awards where the film has something (scoreboard-layout.ts). The
// headings that sort are links (?sort=…), and the pages are links (?page=…), so neither needs JavaScript;
// aria-sort announces the order.
import Link from 'next/link';
import type { AwardTally, ScoreboardRow, ScoreboardSort } from '@/db/queries/dashboard-scoreboard';
import { dashboardHref, type DashboardParams } from '../dashboard-params';
import { ScrollRegion } from '@/app/_components/scroll-region';
import type { ScoreboardPage } from '../scoreboard-layout';
import { plural } from '@/app/_lib/plural';
import { STATUS_LABELS } from '@/db/rules/status';
import { tallyBadge } from '../tally-badge';

export interface AwardColumn {
  id: number;
  slug: string;
  name: string;
  shortName: string | null;
}

interface Props {
  shown: ScoreboardPage<ScoreboardRow>;
  awards: AwardColumn[];
  /** One column per award, or one column listing each row's awards. */
  asColumns: boolean;
  params: DashboardParams;
  seasonLabel: string;
}

/** What the film did at one award, as a badge and, when there is more to say, a note. */
function TallyCell({ tally }: { tally: AwardTally | undefined }) {
  if (!tally) {
    return (
      <>
        <span className="muted" aria-hidden="true">
          –
        </span>
        <span className="visually-hidden">none</span>
      </>
    );
  }
  const { status, count, others, othersLost } = tallyBadge(tally);
  return (
    <>
      <span className={`status status-${status}`}>{`${STATUS_LABELS[status]}${count > 1 ? ` ×${count}` : ''}`}</span>
      {others > 0 ? (
        <span className="scoreboard-note"> + {othersLost ? `${others} lost` : plural(others, 'other nomination')}</span>
      ) : null}
    </>
  );
}

function SortHeader({ label, sort, params }: { label: string; sort: ScoreboardSort; params: DashboardParams }) {
  const current = params.sort === sort;
  return (
    <th scope="col" aria-sort={current ? (sort === 'title' ? 'ascending' : 'descending') : undefined}>
      <Link href={dashboardHref(params, { sort })} aria-current={current ? 'true' : undefined}>
        {label}
        <span className="visually-hidden">{current ? ' (sorted)' : ' (sort by this)'}</span>
      </Link>
    </th>
  );
}

/** The awards where a film has something, each with its badge, in the season's award order. */
function AwardList({ row, awards }: { row: ScoreboardRow; awards: AwardColumn[] }) {
  const held = awards.filter((award) => row.byAward.has(award.id));
  return (
    <ul className="plain scoreboard-awards">
      {held.map((award) => (
        <li key={award.id}>
          {`${award.shortName ?? award.name}: `}
          <TallyCell tally={row.byAward.get(award.id)} />
        </li>
      ))}
    </ul>
  );
}

/** Previous and next pages of the scoreboard, with which documentaries this page shows. */
function Pager({ shown, params }: { shown: ScoreboardPage<ScoreboardRow>; params: DashboardParams }) {
  if (shown.pages === 1) return null;
  const number = (n: number) => n.toLocaleString('en');
  return (
    <nav aria-label="Scoreboard pages" className="pagination">
      {shown.page > 1 ? (
        <Link href={dashboardHref(params, { page: shown.page - 1 })} rel="prev">
          ← Previous page
        </Link>
      ) : null}
      <span className="muted">
        Documentaries {number(shown.first)}–{number(shown.last)} of {number(shown.total)}
      </span>
      {shown.page < shown.pages ? (
        <Link href={dashboardHref(params, { page: shown.page + 1 })} rel="next">
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}

export function ScoreboardTable({ shown, awards, asColumns, params, seasonLabel }: Props) {
  const { rows } = shown;
  const columns = asColumns ? awards : [];
  if (!rows.length) return <p className="notice">No documentary has a nomination that matches these choices.</p>;
  return (
    <>
      <ScrollRegion label="Scoreboard table">
        <table className="scoreboard">
          <caption className="visually-hidden">
            Documentaries of the {seasonLabel} season by {params.sort === 'title' ? 'title' : params.sort}
          </caption>
          <thead>
            <tr>
              <SortHeader label="Film" sort="title" params={params} />
              <SortHeader label="Wins" sort="wins" params={params} />
              <SortHeader label="Nominations" sort="nominations" params={params} />
              {columns.map((award) => (
                <th scope="col" key={award.id} title={award.name}>
                  {award.shortName ?? award.name}
                </th>
              ))}
              {asColumns ? null : <th scope="col">Awards</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.filmId} className={row.wins > 0 ? 'has-wins' : undefined}>
                <th scope="row">
                  <Link href={`/films/${row.slug}`}>{row.title}</Link>
                  {row.year ? <span className="muted">{` (${row.year})`}</span> : null}
                </th>
                <td className="scoreboard-total">{row.wins}</td>
                <td className="scoreboard-total">{row.nominations}</td>
                {columns.map((award) => (
                  <td key={award.id}>
                    <TallyCell tally={row.byAward.get(award.id)} />
                  </td>
                ))}
                {asColumns ? null : (
                  <td>
                    <AwardList row={row} awards={awards} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pager shown={shown} params={params} />
    </>
  );
}
