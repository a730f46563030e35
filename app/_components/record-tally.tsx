// A film's or a person's record in brief, after its name in a list: " · 3 nominations, 2 wins"; nothing
// when it has no nomination.
import { plural } from '@/app/_lib/plural';

export function RecordTally({ nominations, wins }: { nominations: number; wins: number }) {
  if (!nominations) return null;
  return (
    <span className="muted">
      {' '}
      · {plural(nominations, 'nomination')}
      {wins ? `, ${plural(wins, 'win')}` : ''}
    </span>
  );
}
