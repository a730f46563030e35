import { describe, expect, it } from 'vitest';
import {
  countdownLabel,
  editionPhase,
  dateOrderErrors,
  misorderedDates,
  misorderingOf,
  nextEditionDate,
  type EditionPhaseInput,
} from '@/db/rules/edition-phase';

const edition = (overrides: Partial<EditionPhaseInput> = {}): EditionPhaseInput => ({
  submissionsDate: '2016-06-01',
  shortlistDate: '2016-10-20',
  nominationsDate: '2016-11-15',
  ceremonyDate: '2016-12-09',
  resultsComplete: false,
  ...overrides,
});

describe('edition phase', () => {
  it('follows the dates through the year of an award', () => {
    expect(editionPhase(edition(), '2016-05-31')).toBe('upcoming');
    // The submissions date is a deadline: open through its day, closed after it.
    expect(editionPhase(edition(), '2016-06-01')).toBe('upcoming');
    expect(editionPhase(edition(), '2016-06-02')).toBe('submissions_closed');
    expect(editionPhase(edition(), '2016-10-20')).toBe('shortlist_announced');
    expect(editionPhase(edition(), '2016-11-30')).toBe('nominations_announced');
    expect(editionPhase(edition(), '2016-12-09')).toBe('ceremony_held');
    expect(editionPhase(edition(), '2017-06-01')).toBe('ceremony_held');
  });

  it('says results complete only when they are declared so, whatever the dates', () => {
    expect(editionPhase(edition({ resultsComplete: true }), '2016-12-10')).toBe('results_complete');
    expect(editionPhase(edition({ resultsComplete: true }), '2016-01-01')).toBe('results_complete');
  });

  it('places an edition without dates by what its nominations show, never by a guess', () => {
    const undated = edition({ submissionsDate: null, shortlistDate: null, nominationsDate: null, ceremonyDate: null });
    const counts = { shortlisted: 0, nominated: 0, won: 0, lost: 0 };
    expect(editionPhase(undated, '2020-01-01')).toBe('upcoming');
    expect(editionPhase({ ...undated, counts: { ...counts, shortlisted: 3 } }, '2020-01-01')).toBe(
      'shortlist_announced',
    );
    expect(editionPhase({ ...undated, counts: { ...counts, nominated: 5 } }, '2020-01-01')).toBe(
      'nominations_announced',
    );
    expect(editionPhase({ ...undated, counts: { ...counts, won: 1 } }, '2020-01-01')).toBe('ceremony_held');
  });

  it('never takes the nominations past a recorded date still ahead', () => {
    const counts = { shortlisted: 0, nominated: 4, won: 1, lost: 0 };
    // A winner entered before the night (or an honorary award announced early): the ceremony is still ahead.
    expect(editionPhase(edition({ counts }), '2016-12-01')).toBe('nominations_announced');
    expect(editionPhase(edition({ counts }), '2016-12-09')).toBe('ceremony_held');
    // Nominations recorded before their announced date, with no shortlist: nothing the dates confirm yet.
    const early = edition({ shortlistDate: null, counts: { ...counts, won: 0 } });
    expect(editionPhase(early, '2016-11-01')).toBe('submissions_closed');
  });

  it('lets a date that has passed move the phase past what the nominations show', () => {
    const withCounts = edition({ counts: { shortlisted: 0, nominated: 5, won: 0, lost: 0 } });
    expect(editionPhase(withCounts, '2016-12-10')).toBe('ceremony_held');
  });
});

describe('next date and countdown', () => {
  it('names the next date on or after today with the days to it', () => {
    expect(nextEditionDate(edition(), '2016-11-27')).toEqual({
      kind: 'ceremony',
      label: 'Ceremony',
      date: '2016-12-09',
      daysAway: 12,
    });
    expect(nextEditionDate(edition(), '2016-11-15')).toMatchObject({ kind: 'nominations', daysAway: 0 });
    expect(nextEditionDate(edition(), '2016-05-20')).toMatchObject({ label: 'Submissions deadline', daysAway: 12 });
  });

  it('has no next date once every date has passed or the results are complete', () => {
    expect(nextEditionDate(edition(), '2016-12-10')).toBeNull();
    expect(nextEditionDate(edition({ resultsComplete: true }), '2016-01-01')).toBeNull();
  });

  it('counts down in words', () => {
    expect(countdownLabel(12)).toBe('in 12 days');
    expect(countdownLabel(1)).toBe('tomorrow');
    expect(countdownLabel(0)).toBe('today');
  });
});

describe('date order', () => {
  const dates = { submissionsDate: null, shortlistDate: null, nominationsDate: null, ceremonyDate: null };

  it('tells a form every date to check at once, beside the dates a save changed', () => {
    const typed = {
      ...dates,
      submissionsDate: '2018-05-01',
      nominationsDate: '2017-12-01',
      ceremonyDate: '2017-10-01',
    };
    const all = dateOrderErrors(typed);
    expect(Object.keys(all)).toEqual(['nominationsDate', 'ceremonyDate']);
    // The ceremony is before both the submissions deadline and the nominations: one sentence, which says the
    // season's order once.
    expect(all.ceremonyDate).toEqual([
      'The ceremony date (2017-10-01) is before the submissions deadline (2018-05-01) and the nominations date ' +
        '(2017-12-01): a season runs submissions deadline, shortlist, nominations, ceremony. Check these dates.',
    ]);
    // A save that changed only the submissions deadline hears of both dates it now contradicts, beside it.
    expect(dateOrderErrors(typed, ['submissionsDate'])).toEqual({
      submissionsDate: [
        'The nominations date (2017-12-01) and the ceremony date (2017-10-01) are before the submissions deadline ' +
          '(2018-05-01): a season runs submissions deadline, shortlist, nominations, ceremony. Check these dates.',
      ],
    });
  });

  it('accepts dates in the season order, shared days and gaps', () => {
    expect(misorderedDates(dates)).toEqual([]);
    expect(misorderedDates({ ...dates, shortlistDate: '2016-12-15', ceremonyDate: '2017-02-26' })).toEqual([]);
    expect(misorderedDates({ ...dates, nominationsDate: '2016-12-09', ceremonyDate: '2016-12-09' })).toEqual([]);
  });

  it('names every date that falls before an earlier milestone, skipping dates not recorded', () => {
    expect(misorderedDates({ ...dates, submissionsDate: '2017-03-01', ceremonyDate: '2017-02-26' })).toEqual([
      {
        field: 'ceremonyDate',
        earlierField: 'submissionsDate',
        message:
          'The ceremony date (2017-02-26) is before the submissions deadline (2017-03-01): a season runs ' +
          'submissions deadline, shortlist, nominations, ceremony. Check both dates.',
      },
    ]);
    const both = { ...dates, shortlistDate: '2017-01-24', nominationsDate: '2016-12-15', ceremonyDate: '2017-01-01' };
    expect(misorderedDates(both).map((p) => [p.field, p.earlierField])).toEqual([
      ['nominationsDate', 'shortlistDate'],
      ['ceremonyDate', 'shortlistDate'],
    ]);
  });

  it('picks the misordering that involves the dates being written, not an older one elsewhere', () => {
    const stored = { ...dates, shortlistDate: '2017-01-30', nominationsDate: '2017-01-24', ceremonyDate: '2017-01-20' };
    expect(misorderingOf(stored, ['ceremonyDate'])).toMatchObject({
      field: 'ceremonyDate',
      earlierField: 'shortlistDate',
    });
    expect(misorderingOf({ ...stored, ceremonyDate: '2017-02-26' }, ['ceremonyDate'])).toBeUndefined();
  });
});
