// A film's or a person's nominations across every award, in the order they were decided: award,
// edition, category and status, and under each the whole status history, every event with its date
// and the source (or admin's note) it rests on.
import Link from 'next/link';
import type { TimelineEntry, TimelineEvent } from '@/db/queries/timeline';
import { STATUS_LABELS } from '@/db/rules/status';
import { IsoDate } from './award-date';
import { FilmLinks, NomineeNames } from './award-nominee';
import { SourceCitation } from './source-citation';
import { StatusBadge } from './status-badge';

export interface NominationTimelineProps {
  entries: readonly TimelineEntry[];
  /** On a film's page the film goes without saying; on a person's page, the person. */
  omitFilmId?: number;
  omitPersonId?: number;
}

export function NominationTimeline({ entries, omitFilmId, omitPersonId }: NominationTimelineProps) {
  return (
    <ol className="timeline nomination-timeline">
      {entries.map((entry) => (
        <TimelineItem key={entry.nominationId} entry={entry} omitFilmId={omitFilmId} omitPersonId={omitPersonId} />
      ))}
    </ol>
  );
}

function TimelineItem({
  entry,
  omitFilmId,
  omitPersonId,
}: {
  entry: TimelineEntry;
  omitFilmId?: number;
  omitPersonId?: number;
}) {
  const films = entry.films.filter((film) => film.id !== omitFilmId);
  const people = entry.people.filter((person) => person.id !== omitPersonId);
  // The award's wording names the person whose page this is, so it stays whole on a person's page.
  const showNames = Boolean(entry.displayName) || people.length > 0;
  // Without a ceremony date, the awards year says which year's work was honoured, never when the result
  // came (the 16th Academy Awards honoured 1943 at a ceremony in 1944).
  const when = entry.ceremonyDate ? (
    <IsoDate value={entry.ceremonyDate} />
  ) : (
    `awards year ${entry.yearLabel ?? entry.editionYear}`
  );
  // A status reached in one step (a winner announced as such) needs no history list: its one event
  // and source sit beside the status.
  const single = entry.events.length === 1 ? entry.events[0] : undefined;
  return (
    <li className={entry.status === 'won' ? 'is-won' : undefined}>
      <h3 className="timeline-heading">
        {entry.category}
        <span className="timeline-edition">
          {' · '}
          <Link href={`/awards/${entry.awardSlug}/${entry.editionSlug}`}>{entry.editionName}</Link>
        </span>
      </h3>
      {films.length ? (
        <p className="timeline-nominee">
          <FilmLinks films={films} />
        </p>
      ) : null}
      {showNames ? (
        <p className="timeline-nominee">
          <NomineeNames displayName={entry.displayName} people={people} />
        </p>
      ) : null}
      {entry.detail ? <p className="muted timeline-detail">{entry.detail}</p> : null}
      {entry.citation ? <p className="muted timeline-detail">{entry.citation}</p> : null}
      {/* The award's own remark, such as that a nomination was not an official one. */}
      {entry.note ? <p className="muted timeline-detail">{entry.note}</p> : null}
      <p className="timeline-status">
        <StatusBadge status={entry.status} /> <span className="muted">{when}</span>
        {single ? (
          <>
            {' · '}
            {single.occurredOn !== entry.ceremonyDate ? <EventDate event={single} /> : null}
            <SourceCitation source={single.source} note={single.note} alsoReportedBy={single.alsoReportedBy} />
          </>
        ) : null}
      </p>
      {entry.events.length > 1 ? <StatusHistory events={entry.events} /> : null}
    </li>
  );
}

function StatusHistory({ events }: { events: readonly TimelineEvent[] }) {
  // A history whose every step rests on one source (a data set, one article) reads as one line:
  // long pages such as a studio's 100 nominations stay light without hiding any step or date.
  const first = events[0]!;
  if (events.every((event) => event.source?.id === first.source?.id && event.note === first.note)) {
    return (
      <p className="status-history-line">
        {events.map((event, i) => (
          <span key={event.id}>
            {i > 0 ? ' → ' : null}
            {STATUS_LABELS[event.toStatus]}
            {event.occurredOn ? (
              <>
                {' '}
                (<IsoDate value={event.occurredOn} />)
              </>
            ) : null}
          </span>
        ))}
        {' · '}
        <SourceCitation source={first.source} note={first.note} alsoReportedBy={furtherSources(events)} />
      </p>
    );
  }
  return (
    <details className="status-history" open>
      <summary>Status history ({events.length} events)</summary>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            {event.fromStatus ? `${STATUS_LABELS[event.fromStatus]} → ` : null}
            <strong>{STATUS_LABELS[event.toStatus]}</strong>
            {' · '}
            <EventDate event={event} />
            <SourceCitation source={event.source} note={event.note} alsoReportedBy={event.alsoReportedBy} />
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Every further source of a history told in one line, each once. */
function furtherSources(events: readonly TimelineEvent[]) {
  const byId = new Map(events.flatMap((event) => event.alsoReportedBy.map((source) => [source.id, source] as const)));
  return [...byId.values()];
}

/** When the change happened, if a source says so; nothing is shown for an unknown date. */
function EventDate({ event }: { event: TimelineEvent }) {
  if (!event.occurredOn) return null;
  return (
    <>
      <IsoDate value={event.occurredOn} />
      {' · '}
    </>
  );
}
