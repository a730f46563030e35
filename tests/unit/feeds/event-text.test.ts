// How a status change reads in a feed entry's title: news of a result, or the correction of one (a win
// undone on ceremony night, a category reopened), which must not read as a new nomination.
import { describe, expect, it } from 'vitest';
import { eventTitle } from '@/app/feeds/_lib/event-text';
import type { FollowEvent } from '@/db/queries/follow-events';

const change = (fromStatus: FollowEvent['fromStatus'], toStatus: FollowEvent['toStatus']): FollowEvent => ({
  id: 1,
  nominationId: 1,
  fromStatus,
  toStatus,
  occurredOn: null,
  recordedAt: '2016-12-09T20:00:00.000Z',
  note: null,
  source: null,
  displayName: null,
  films: [{ id: 1, slug: '13th-2016', title: '13th', year: 2016 }],
  people: [],
  category: 'ABC News VideoSource Award',
  categorySlug: 'abc-news-videosource-award',
  editionName: '2016 IDA Documentary Awards',
  editionSlug: '2016',
  awardSlug: 'ida-documentary-awards',
});

describe('a feed entry title', () => {
  it('tells a nomination and a win as news', () => {
    expect(eventTitle(change(null, 'nominated'))).toBe(
      '13th was nominated for the ABC News VideoSource Award at the 2016 IDA Documentary Awards',
    );
    expect(eventTitle(change('nominated', 'won'))).toBe(
      '13th won the ABC News VideoSource Award at the 2016 IDA Documentary Awards',
    );
  });

  it('tells a result taken back as a correction, not as a new nomination', () => {
    expect(eventTitle(change('won', 'nominated'))).toBe(
      '13th is nominated again for the ABC News VideoSource Award at the 2016 IDA Documentary Awards: the win was undone',
    );
    expect(eventTitle(change('lost', 'nominated'))).toMatch(/is nominated again for .*: the loss was undone$/);
    // Moving on from a shortlist is news, not a correction.
    expect(eventTitle(change('shortlisted', 'nominated'))).toMatch(/^13th was nominated for /);
  });
});
