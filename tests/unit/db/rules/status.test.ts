import { describe, expect, it } from 'vitest';
import { checkTransition, isRevision, pathTo } from '@/db/rules/status';
import { NOMINATION_STATUSES } from '@/db/schema';

describe('status rules', () => {
  it('follows the phases of an award forward', () => {
    expect(checkTransition('submitted', 'shortlisted')).toEqual({ ok: true });
    expect(checkTransition('shortlisted', 'nominated')).toEqual({ ok: true });
    expect(checkTransition('nominated', 'won')).toEqual({ ok: true });
    expect(checkTransition('nominated', 'lost')).toEqual({ ok: true });
    expect(checkTransition('nominated', 'withdrawn')).toEqual({ ok: true });
  });

  it('lets a winner be undone back to any status that led to the win', () => {
    for (const from of ['submitted', 'shortlisted', 'nominated', 'honorable_mention', 'runner_up'] as const) {
      expect(checkTransition(from, 'won')).toEqual({ ok: true });
      expect(checkTransition('won', from)).toEqual({ ok: true });
    }
  });

  it('lets an award or a nomination be revoked after the ceremony, and a loss that was never a nomination be undone', () => {
    // Young Americans, announced the winner at the 41st Academy Awards, was declared ineligible weeks later.
    expect(checkTransition('won', 'withdrawn')).toEqual({ ok: true });
    expect(checkTransition('lost', 'withdrawn')).toEqual({ ok: true });
    expect(checkTransition('lost', 'shortlisted')).toEqual({ ok: true });
    expect(checkTransition('lost', 'submitted')).toEqual({ ok: true });
  });

  it('refuses a change to the same status with a clear reason', () => {
    const result = checkTransition('won', 'won');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('The nomination is already won.');
  });

  it('refuses skipping back from a place to a submission', () => {
    const result = checkTransition('honorable_mention', 'submitted');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/cannot go from honorable mention to submitted/);
  });

  it('refuses starting as lost or withdrawn', () => {
    expect(checkTransition(null, 'lost').ok).toBe(false);
    expect(checkTransition(null, 'withdrawn').ok).toBe(false);
    expect(checkTransition(null, 'won').ok).toBe(true);
  });

  it('records a loser along the usual path and every path is allowed step by step', () => {
    expect(pathTo('lost')).toEqual(['nominated', 'lost']);
    for (const status of NOMINATION_STATUSES) {
      let from: (typeof NOMINATION_STATUSES)[number] | null = null;
      for (const step of pathTo(status)) {
        expect(checkTransition(from, step)).toEqual({ ok: true });
        from = step;
      }
      expect(from).toBe(status);
    }
  });
});

describe('isRevision', () => {
  it('is any change of a result, or a nominee taken back a step; never a step forward or a reinstating', () => {
    const results = ['won', 'lost', 'honorable_mention', 'runner_up'] as const;
    const revisions = NOMINATION_STATUSES.flatMap((from) =>
      NOMINATION_STATUSES.filter((to) => isRevision(from, to)).map((to) => `${from}→${to}`),
    );
    expect(revisions.sort()).toEqual(
      [
        'shortlisted→submitted',
        'nominated→submitted',
        'nominated→shortlisted',
        ...results.flatMap((result) =>
          NOMINATION_STATUSES.filter((to) => to !== result).map((to) => `${result}→${to}`),
        ),
      ].sort(),
    );
  });
});
