// A record in a list: its nominations and wins; where it has none, the entries that are no nomination.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RecordTally } from '@/app/_components/record-tally';

const tally = (props: Parameters<typeof RecordTally>[0]) =>
  renderToStaticMarkup(createElement(RecordTally, props)).replace(/<!-- -->/g, '');

describe('a record in a list', () => {
  it('counts nominations and wins, and leaves out what is no nomination', () => {
    expect(tally({ nominations: 3, wins: 1, uncounted: { shortlisted: 2 } })).toBe(
      '<span class="muted"> · 3 nominations, 1 win</span>',
    );
  });

  it('names the entries of a record with no nomination, in the order of the statuses', () => {
    expect(tally({ nominations: 0, wins: 0, uncounted: { withdrawn: 1, shortlisted: 2 } })).toBe(
      '<span class="muted"> · 2 shortlisted, 1 withdrawn</span>',
    );
    expect(tally({ nominations: 0, wins: 0, uncounted: {} })).toBe('');
    expect(tally({ nominations: 0, wins: 0 })).toBe('');
  });
});
