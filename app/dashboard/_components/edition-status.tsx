// Where each edition of the season (and each with a date ahead) stands: its phase, its next date with
// a countdown, how many of its nominations are at each status, and the categories the sweep job found
// still waiting for a winner after the ceremony.
import Link from 'next/link';
import type { DashboardEdition } from '@/db/queries/dashboard-editions';
import { countdownLabel, editionPhase, nextEditionDate, PHASE_LABELS } from '@/db/rules/edition-phase';
import { IsoDate } from '@/app/_components/award-date';

function EditionCard({ edition, today }: { edition: DashboardEdition; today: string }) {
  const phase = editionPhase(edition, today);
  const next = nextEditionDate(edition, today);
  const { shortlisted, nominated, won, lost } = edition.counts;
  return (
    <li className="card edition-status">
      <h3>
        <Link href={`/awards/${edition.awardSlug}/${edition.slug}`}>{edition.name}</Link>
      </h3>
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
      <dl className="edition-counts">
        <div>
          <dt>Shortlisted</dt>
          <dd>{shortlisted}</dd>
        </div>
        <div>
          <dt>Nominated</dt>
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

export function EditionStatus({ editions, today }: { editions: DashboardEdition[]; today: string }) {
  if (!editions.length) return <p className="muted">No editions are recorded for this season.</p>;
  return (
    <ul className="grid plain edition-status-list">
      {editions.map((edition) => (
        <EditionCard key={edition.id} edition={edition} today={today} />
      ))}
    </ul>
  );
}
