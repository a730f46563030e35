// The season scoreboard: one row per documentary, its totals first (in view on a phone without
// scrolling sideways), then one column per award (won / nominated / shortlisted there). The headings
// that sort are links (?sort=…), so sorting needs no JavaScript; aria-sort announces the order.
import Link from 'next/link';
import type { AwardTally, ScoreboardRow, ScoreboardSort } from '@/db/queries/dashboard-scoreboard';
import { dashboardHref, type DashboardParams } from '../dashboard-params';
import { ScrollRegion } from '@/app/_components/scroll-region';

export interface AwardColumn {
  id: number;
  slug: string;
  name: string;
  shortName: string | null;
}

interface Props {
  rows: ScoreboardRow[];
  columns: AwardColumn[];
  params: DashboardParams;
  seasonLabel: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

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
  const { wins, nominations, shortlisted } = tally;
  const badge =
    wins > 0 ? (
      <span className="status status-won">Won{wins > 1 ? ` ×${wins}` : ''}</span>
    ) : nominations > 0 ? (
      <span className="status status-nominated">Nominated{nominations > 1 ? ` ×${nominations}` : ''}</span>
    ) : (
      <span className="status status-shortlisted">Shortlisted{shortlisted > 1 ? ` ×${shortlisted}` : ''}</span>
    );
  const others = nominations - wins;
  return (
    <>
      {badge}
      {wins > 0 && others > 0 ? <span className="scoreboard-note"> + {plural(others, 'other nomination')}</span> : null}
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

export function ScoreboardTable({ rows, columns, params, seasonLabel }: Props) {
  if (!rows.length) return <p className="notice">No documentary has a nomination that matches these choices.</p>;
  return (
    <ScrollRegion label="Scoreboard">
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
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.filmId} className={row.wins > 0 ? 'has-wins' : undefined}>
              <th scope="row">
                <Link href={`/films/${row.slug}`}>{row.title}</Link>
                {row.year ? <span className="muted"> ({row.year})</span> : null}
              </th>
              <td className="scoreboard-total">{row.wins}</td>
              <td className="scoreboard-total">{row.nominations}</td>
              {columns.map((award) => (
                <td key={award.id}>
                  <TallyCell tally={row.byAward.get(award.id)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
