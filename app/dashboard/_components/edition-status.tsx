// Where each edition of the season (and each with a date ahead) stands: its phase, its next date with a
// countdown, how many of its nominations are at each status now (nominated ones awaiting a result), and the
// categories the sweep job found still waiting for a winner after the ceremony.
import Link from 'next/link';
import type { DashboardEdition } from '@/db/queries/dashboard-editions';
import { countdownLabel, editionPhase, nextEditionDate, PHASE_LABELS } from '@/db/rules/edition-phase';
import { IsoDate } from '@/app/_components/award-date';
import { seasonLabel, type SeasonStart } from '@/db/rules/awards-season';

function EditionCard(props: { edition: DashboardEdition; today: string; season: SeasonStart }) {
  const { edition, today, season } = props;
  const phase = editionPhase(edition, today);
  const next = nextEditionDate(edition, today);
  const { shortlisted, nominated, won, lost } = edition.counts;
  return (
    <li className="card edition-status">
      <h3>
        <Link href={`/awards/${edition.awardSlug}/${edition.slug}`}>{edition.name}</Link>
      </h3>
      {edition.season !== season ? (
        <p className="muted">Of the {seasonLabel(edition.season)} season: shown for its date ahead.</p>
      ) : null}
      <p>
        <span className={`phase phase-${phase}`}>{PHASE_LABELS[phase]}</span>
        {edition.ceremonyDate ? (
          <span className="muted">
            {' '}
            · ceremony <IsoDate value={edition.ceremonyDate} />
          </span>
        ) : (
          <span className="muted"> · awards year {edition.year}</span>
        )}
      </p>
      {next ? (
        <p className="edition-next">
          {next.label}: <IsoDate value={next.date} /> <strong>{countdownLabel(next.daysAway)}</strong>
        </p>
      ) : null}
      {/* Each nomination counted once, at its status now: a nominee that won counts as won, not as nominated. */}
      <dl className="edition-counts">
        <div>
          <dt>Shortlisted</dt>
          <dd>{shortlisted}</dd>
        </div>
        <div>
          <dt>Awaiting result</dt>
          <dd>{nominated}</dd>
        </div>
        <div>
          <dt>Won</dt>
          <dd>{won}</dd>
        </div>
        <div>
          <dt>Lost</dt>
          <dd>{lost}</dd>
        </div>
      </dl>
      {edition.awaitingCategories.length ? (
        <p className="notice edition-awaiting">Awaiting results: {edition.awaitingCategories.join(', ')}</p>
      ) : null}
    </li>
  );
}

/** A season of the real circuit has a dozen editions; a bigger one shows this many, the ones to watch. */
export const MAX_EDITION_CARDS = 12;

/**
 * The editions to show, in the season's order: all of them when they fit, else those not yet decided
 * (their results are what a reader comes for) and then the latest decided ones.
 */
export function editionsToShow(editions: DashboardEdition[], today: string): DashboardEdition[] {
  if (editions.length <= MAX_EDITION_CARDS) return editions;
  const open = editions.filter((edition) => editionPhase(edition, today) !== 'results_complete');
  const decided = editions.filter((edition) => editionPhase(edition, today) === 'results_complete').reverse();
  const kept = new Set([...open, ...decided].slice(0, MAX_EDITION_CARDS));
  return editions.filter((edition) => kept.has(edition));
}

export function EditionStatus(props: { editions: DashboardEdition[]; today: string; season: SeasonStart }) {
  const { today, season } = props;
  if (!props.editions.length) return <p className="muted">No editions are recorded for this season.</p>;
  // The season's own editions first; then those of another season with a date ahead, each saying so.
  const editions = [
    ...props.editions.filter((edition) => edition.season === season),
    ...props.editions.filter((edition) => edition.season !== season),
  ];
  const shown = editionsToShow(editions, today);
  return (
    <>
      {shown.length < editions.length ? (
        <p className="muted">
          {shown.length} of the season’s {editions.length} editions: those still under way, then the latest decided.
          Every edition is on its award’s page (<Link href="/awards">all awards</Link>).
        </p>
      ) : null}
      <ul className="grid plain edition-status-list">
        {shown.map((edition) => (
          <EditionCard key={edition.id} edition={edition} today={today} season={season} />
        ))}
      </ul>
    </>
  );
}
