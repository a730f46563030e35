// What a scoreboard cell says of a film at one award: its best result, then how many other nominations
// it had there. A place (won, runner-up, honorable mention) outranks an open or lost nomination; "Lost"
// only when every nomination was decided against the film, since an open one may still win; while some
// are open, those are counted as "Nominated" and the lost ones beside them (on a ceremony night, when
// the film has lost one category and waits for the other).
import type { AwardTally } from '@/db/queries/dashboard-scoreboard';
import type { NominationStatus } from '@/db/schema';

export interface TallyBadge {
  status: NominationStatus;
  /** How many of the film's nominations at the award the badge stands for. */
  count: number;
  /** Its other nominations at the award, named beside the badge. */
  others: number;
  /** Whether those are all lost ones (beside "Nominated"), or any other (beside a place). */
  othersLost: boolean;
}

export function tallyBadge(tally: AwardTally): TallyBadge {
  const { nominations, wins, runnerUp, honorableMention, lost, shortlisted } = tally;
  const places: [NominationStatus, number][] = [
    ['won', wins],
    ['runner_up', runnerUp],
    ['honorable_mention', honorableMention],
  ];
  const place = places.find(([, count]) => count > 0);
  if (place) return { status: place[0], count: place[1], others: nominations - place[1], othersLost: false };
  if (nominations > 0 && lost === nominations) return { status: 'lost', count: lost, others: 0, othersLost: false };
  if (nominations > 0) return { status: 'nominated', count: nominations - lost, others: lost, othersLost: true };
  return { status: 'shortlisted', count: shortlisted, others: 0, othersLost: false };
}
