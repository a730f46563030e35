// How /admin/health writes durations and ages: the unit that reads best at each size.
import { describe, expect, it } from 'vitest';
import { formatAge, formatDuration } from '@/app/admin/health/_components/durations';

describe('formatDuration', () => {
  it('writes milliseconds, seconds, minutes and hours as they grow', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_400)).toBe('12.4 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration(7_800_000)).toBe('2 h 10 min');
  });
});

describe('formatAge', () => {
  it('writes minutes, then hours, then days', () => {
    expect(formatAge(-5)).toBe('0 min');
    expect(formatAge(59 * 60_000)).toBe('59 min');
    expect(formatAge(47 * 3_600_000)).toBe('47 h 0 min');
    expect(formatAge(4 * 86_400_000 + 5)).toBe('4 days');
  });
});
