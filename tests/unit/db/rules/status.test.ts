import { describe, expect, it } from 'vitest';
import { checkTransition, pathTo } from '@/db/rules/status';
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
    expect(checkTransition('won', 'withdrawn').ok).toBe(false);
  });

  it('refuses a change to the same status with a clear reason', () => {
    const result = checkTransition('won', 'won');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('The nomination is already won.');
  });

  it('refuses skipping back from a result to a submission', () => {
    const result = checkTransition('lost', 'submitted');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/cannot go from lost to submitted/);
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
