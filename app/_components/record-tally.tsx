// A film's or a person's record in brief, after its name in a list: " · 3 nominations, 2 wins"; for one
// with no nomination, its entries that are none (" · 1 shortlisted"); nothing for one with no entry.
import { plural } from '@/app/_lib/plural';
import { STATUS_LABELS } from '@/db/rules/status';
import { NOMINATION_STATUSES, type NominationStatus } from '@/db/schema';

/** Entries that are no nomination, as words in the order of the statuses: "1 submitted, 2 shortlisted". */
export function uncountedEntries(uncounted: Partial<Record<NominationStatus, number>>): string[] {
  return NOMINATION_STATUSES.filter((status) => (uncounted[status] ?? 0) > 0).map(
    (status) => `${uncounted[status]!.toLocaleString('en')} ${STATUS_LABELS[status].toLowerCase()}`,
  );
}

interface Props {
  nominations: number;
  wins: number;
  uncounted?: Partial<Record<NominationStatus, number>>;
}

export function RecordTally({ nominations, wins, uncounted = {} }: Props) {
  const others = nominations ? [] : uncountedEntries(uncounted);
  if (!nominations && !others.length) return null;
  return (
    <span className="muted">
      {' '}
      · {nominations ? plural(nominations, 'nomination') : others.join(', ')}
      {wins ? `, ${plural(wins, 'win')}` : ''}
    </span>
  );
}
