// An edition is live from the day before its ceremony to the day after (UTC), until its results are complete.
import { describe, expect, it } from 'vitest';
import { isEditionLive } from '@/db/live-window';

const at = (iso: string) => new Date(iso);
const edition = { ceremonyDate: '2017-02-26', resultsComplete: false };

describe('isEditionLive', () => {
  it('is live around the ceremony, including the early hours after it in UTC', () => {
    expect(isEditionLive(edition, at('2017-02-25T00:00:00Z'))).toBe(true);
    expect(isEditionLive(edition, at('2017-02-26T12:00:00Z'))).toBe(true);
    expect(isEditionLive(edition, at('2017-02-27T23:59:00Z'))).toBe(true);
  });

  it('is not live before or after that window', () => {
    expect(isEditionLive(edition, at('2017-02-24T23:59:00Z'))).toBe(false);
    expect(isEditionLive(edition, at('2017-02-28T00:00:00Z'))).toBe(false);
  });

  it('is not live once the results are complete, nor without a ceremony date', () => {
    expect(isEditionLive({ ...edition, resultsComplete: true }, at('2017-02-26T12:00:00Z'))).toBe(false);
    expect(isEditionLive({ ceremonyDate: null, resultsComplete: false }, at('2017-02-26T12:00:00Z'))).toBe(false);
  });
});
