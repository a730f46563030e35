import { describe, expect, it } from 'vitest';
import { backoffMs, isSourceDue, previousSlot } from '@/jobs/ingest/ingest-due';

const daily = { enabled: true, schedule: '0 6 * * *', retryAfter: null, consecutiveFailures: 0 };
const at = (iso: string) => new Date(iso);

describe('when a source is due', () => {
  it('is due on its first run, then not again until its next scheduled time', () => {
    expect(isSourceDue({ ...daily, lastRunAt: null }, at('2026-05-01T03:00:00Z'))).toBe(true);
    const ranAt = { ...daily, lastRunAt: '2026-05-01T06:00:20.000Z' };
    expect(isSourceDue(ranAt, at('2026-05-01T06:01:00Z'))).toBe(false);
    expect(isSourceDue(ranAt, at('2026-05-02T05:59:00Z'))).toBe(false);
    expect(isSourceDue(ranAt, at('2026-05-02T06:00:00Z'))).toBe(true);
  });

  it('catches up a run missed during downtime once, not once per missed slot', () => {
    // Down from 1 May to 5 May: four 06:00 slots were missed.
    const source = { ...daily, lastRunAt: '2026-05-01T06:00:05.000Z' };
    const back = at('2026-05-05T09:30:00Z');
    expect(previousSlot(source.schedule, back)).toEqual(at('2026-05-05T06:00:00Z'));
    expect(isSourceDue(source, back)).toBe(true);
    // The catch-up run records its time; nothing more is due until the next slot.
    const caughtUp = { ...source, lastRunAt: back.toISOString() };
    expect(isSourceDue(caughtUp, at('2026-05-05T09:31:00Z'))).toBe(false);
    expect(isSourceDue(caughtUp, at('2026-05-06T06:00:00Z'))).toBe(true);
  });

  it('retries a failing source after its backoff, sooner than its next slot', () => {
    const failed = {
      ...daily,
      lastRunAt: '2026-05-01T06:00:00.000Z',
      consecutiveFailures: 3,
      retryAfter: '2026-05-01T06:08:00.000Z',
    };
    expect(isSourceDue(failed, at('2026-05-01T06:07:59Z'))).toBe(false);
    expect(isSourceDue(failed, at('2026-05-01T06:08:00Z'))).toBe(true);
  });

  it('backs off 2^failures minutes, at most six hours', () => {
    expect([1, 2, 3, 8, 9, 50].map((failures) => backoffMs(failures) / 60_000)).toEqual([2, 4, 8, 256, 360, 360]);
  });

  it('never runs a disabled source or one with an unusable schedule', () => {
    expect(isSourceDue({ ...daily, enabled: false, lastRunAt: null }, at('2026-05-01T06:00:00Z'))).toBe(false);
    expect(
      isSourceDue(
        { ...daily, schedule: 'not a schedule', lastRunAt: '2026-01-01T00:00:00Z' },
        at('2026-05-01T06:00:00Z'),
      ),
    ).toBe(false);
  });
});
