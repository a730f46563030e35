// The dates a form or an upload may carry: real calendar days, and for a status, none still to come.
import { describe, expect, it } from 'vitest';
import { statusEvidenceFields } from '@/app/_lib/status-evidence';
import { isRealDate, isStillAhead } from '@/db/rules/dates';

describe('dates', () => {
  it('knows a real calendar day from one that only looks like it', () => {
    expect(isRealDate('2016-02-29')).toBe(true);
    expect(isRealDate('2017-02-29')).toBe(false);
    expect(isRealDate('2017-2-28')).toBe(false);
  });

  it('calls a day still ahead only after tomorrow in UTC', () => {
    const now = new Date('2026-11-26T23:30:00Z');
    expect(isStillAhead('2026-11-26', now)).toBe(false);
    expect(isStillAhead('2026-11-27', now)).toBe(false);
    expect(isStillAhead('2026-11-28', now)).toBe(true);
  });

  it('refuses a status date still to come on the forms, and takes today', () => {
    const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    const refused = statusEvidenceFields.occurredOn.safeParse(ahead);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      'This date is still to come: a status records what has happened.',
    ]);
    expect(statusEvidenceFields.occurredOn.safeParse(today)).toMatchObject({ success: true, data: today });
  });
});
