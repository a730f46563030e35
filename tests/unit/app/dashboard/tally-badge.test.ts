import { describe, expect, it } from 'vitest';
import { tallyBadge } from '@/app/dashboard/tally-badge';
import type { AwardTally } from '@/db/queries/dashboard-scoreboard';

const tally = (counts: Partial<AwardTally>): AwardTally => ({
  nominations: 0,
  wins: 0,
  lost: 0,
  runnerUp: 0,
  honorableMention: 0,
  shortlisted: 0,
  ...counts,
});

describe('a scoreboard cell', () => {
  it('names a win first, with the other nominations beside it', () => {
    expect(tallyBadge(tally({ nominations: 3, wins: 1, lost: 1, runnerUp: 1 }))).toEqual({
      status: 'won',
      count: 1,
      others: 2,
      othersLost: false,
    });
  });

  it('names a runner-up or an honorable mention rather than "Nominated"', () => {
    expect(tallyBadge(tally({ nominations: 1, runnerUp: 1 }))).toMatchObject({
      status: 'runner_up',
      count: 1,
      others: 0,
    });
    expect(tallyBadge(tally({ nominations: 2, honorableMention: 1, lost: 1 }))).toEqual({
      status: 'honorable_mention',
      count: 1,
      others: 1,
      othersLost: false,
    });
    expect(tallyBadge(tally({ nominations: 2, runnerUp: 1, honorableMention: 1 })).status).toBe('runner_up');
  });

  it('says "Lost" only when every nomination was decided against the film', () => {
    expect(tallyBadge(tally({ nominations: 2, lost: 2 }))).toMatchObject({ status: 'lost', count: 2, others: 0 });
  });

  it('counts as "Nominated" only the open nominations, with the lost ones beside them', () => {
    // A ceremony night: the film has lost one category and waits for the other.
    expect(tallyBadge(tally({ nominations: 2, lost: 1 }))).toEqual({
      status: 'nominated',
      count: 1,
      others: 1,
      othersLost: true,
    });
    expect(tallyBadge(tally({ nominations: 3, lost: 1 }))).toMatchObject({ status: 'nominated', count: 2, others: 1 });
    expect(tallyBadge(tally({ nominations: 2 }))).toMatchObject({ status: 'nominated', count: 2, others: 0 });
  });

  it('falls back to the shortlist', () => {
    expect(tallyBadge(tally({ shortlisted: 2 }))).toMatchObject({ status: 'shortlisted', count: 2, others: 0 });
  });
});
