// The audit page's address: every filter read as typed, every way it can be wrong answered with a
// sentence (never an exception), and the filters carried over to the other pages.
import { describe, expect, it } from 'vitest';
import { auditHref, parseAuditParams, toAuditCursor, toAuditFilters } from '@/app/admin/audit/audit-params';

describe('parseAuditParams', () => {
  it('reads every filter, and blank form fields as absent', () => {
    const parsed = parseAuditParams({
      actor: 'user:3',
      entity: 'nomination',
      id: '12',
      action: 'nomination.status',
      from: '2016-12-01',
      to: '2016-12-31',
      older: '',
      newer: '',
    });
    expect(parsed.ok && toAuditFilters(parsed.params)).toEqual({
      actor: 'user:3',
      entityType: 'nomination',
      entityId: 12,
      action: 'nomination.status',
      fromDate: '2016-12-01',
      toDate: '2016-12-31',
    });
    expect(parsed.ok && toAuditCursor(parsed.params)).toBeNull();
  });

  it('accepts the system actors the log names', () => {
    for (const actor of ['seed', 'cli', 'import:oscar-data', 'job:ingest']) {
      expect(parseAuditParams({ actor }).ok).toBe(true);
    }
  });

  it.each([
    [{ id: '12' }, 'An entity id needs its entity type: choose one to go with it.'],
    [{ entity: 'film', id: 'twelve' }, 'The entity id is a whole number, such as 12.'],
    [{ entity: 'film', id: '0' }, 'The entity id is a whole number, such as 12.'],
    [{ entity: 'Film; drop table' }, 'The entity type is one word, such as “film” or “nomination”.'],
    [{ actor: 'user:' }, '“Who” is not a person or process the log could name. Choose one from the list.'],
    [{ from: '09/12/2016' }, '“From” must be a date written as YYYY-MM-DD, such as 2016-12-09.'],
    [{ to: '2016-02-30' }, '“To” is not a day of the calendar.'],
    [{ from: '2017-01-01', to: '2016-12-31' }, '“From” is later than “To”: the first day of the span comes first.'],
    [{ older: '-4' }, 'That page of the log is not one Laurels can find. Start again from the newest entries.'],
    [
      { older: '4', newer: '5' },
      'A page is either older or newer than an entry, not both. Start again from the newest entries.',
    ],
  ])('explains what is wrong with %j', (input, message) => {
    const parsed = parseAuditParams(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toContain(message);
  });

  it('shows the wrong values again so they can be corrected', () => {
    const parsed = parseAuditParams({ entity: 'film', id: 'twelve', from: ['2016-13-01', '2016-01-01'] });
    expect(parsed.raw).toMatchObject({ entity: 'film', id: 'twelve', from: '2016-13-01' });
    expect(parsed.ok).toBe(false);
  });
});

describe('auditHref', () => {
  it('keeps every filter when paging, and reads back as the same filters', () => {
    const filters = { actor: 'import:oscar-data', entityType: 'nomination', entityId: 12, fromDate: '2016-12-09' };
    const href = auditHref(filters, { older: 40 });
    expect(href).toBe('/admin/audit?actor=import%3Aoscar-data&entity=nomination&id=12&from=2016-12-09&older=40');
    const parsed = parseAuditParams(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(parsed.ok && toAuditFilters(parsed.params)).toEqual({ ...filters, action: undefined, toDate: undefined });
    expect(parsed.ok && toAuditCursor(parsed.params)).toEqual({ older: 40 });
  });

  it('is the bare page without filters', () => {
    expect(auditHref({})).toBe('/admin/audit');
  });
});
