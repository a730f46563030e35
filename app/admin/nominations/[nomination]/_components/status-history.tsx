// A nomination's status history, oldest first: each change with who recorded it, when it happened and
// was recorded, and the source or note it rests on.
import { StatusBadge } from '@/app/_components/status-badge';
import { SourceCitation } from '@/app/_components/source-citation';
import { describeActor } from '@/app/admin/audit/_components/actor-label';
import type { listNominationEvents } from '@/db/queries/nomination-edits';

type Events = Awaited<ReturnType<typeof listNominationEvents>>;

export function StatusHistory({ events }: { events: Events }) {
  return (
    <section aria-labelledby="status-history-heading">
      <h2 id="status-history-heading">Status history</h2>
      <ol className="plain status-history">
        {events.map((event) => (
          <li key={event.id}>
            {event.fromStatus ? <StatusBadge status={event.fromStatus} /> : 'New'} →{' '}
            <StatusBadge status={event.toStatus} />
            {event.occurredOn ? ` on ${event.occurredOn}` : null}
            {' · '}
            {describeActor(event.actor, event.actorEmail)}, recorded {event.recordedAt.slice(0, 16).replace('T', ' ')}{' '}
            UTC
            {' · '}
            <SourceCitation source={event.source} note={event.note} />
          </li>
        ))}
      </ol>
    </section>
  );
}
