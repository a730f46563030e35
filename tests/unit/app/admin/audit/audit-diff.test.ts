// Before → after as the audit page shows it: only what changed, whether a writer logged whole rows or
// patches, with secrets never shown and long values cut.
import { describe, expect, it } from 'vitest';
import { diffAuditValues, jsonPreview } from '@/app/admin/audit/_components/audit-diff';
import { describeActor } from '@/app/admin/audit/_components/actor-label';

describe('diffAuditValues', () => {
  it('shows a status change, and fields logged only after as set', () => {
    expect(
      diffAuditValues({ status: 'nominated' }, { status: 'won', sourceId: null, note: 'Announced on stage' }),
    ).toEqual({
      kind: 'updated',
      changes: [
        { field: 'status', before: 'nominated', after: 'won' },
        { field: 'note', after: 'Announced on stage' },
      ],
    });
  });

  it('reads an update logged as the whole row before and the patch after', () => {
    const before = { id: 3, title: '13th', year: null, imdbId: null, isDocumentary: false };
    expect(diffAuditValues(before, { year: 2016, imdbId: 'tt5895028' }).changes).toEqual([
      { field: 'year', before: null, after: 2016 },
      { field: 'imdbId', before: null, after: 'tt5895028' },
    ]);
  });

  it('lists the fields of a new record, leaving out the empty ones', () => {
    expect(diffAuditValues(null, { id: 3, title: '13th', synopsis: null })).toEqual({
      kind: 'created',
      changes: [
        { field: 'id', after: 3 },
        { field: 'title', after: '13th' },
      ],
    });
  });

  it('compares nested values as JSON, whatever the order of their keys', () => {
    expect(diffAuditValues({ lost: [{ a: 1, b: 2 }] }, { lost: [{ b: 2, a: 1 }] }).changes).toEqual([]);
    expect(diffAuditValues({ lost: [1, 2] }, { lost: [2, 1] }).changes).toHaveLength(1);
  });

  it('shows values that are not objects as one change', () => {
    expect(diffAuditValues('draft', 'final').changes).toEqual([{ field: null, before: 'draft', after: 'final' }]);
    expect(diffAuditValues({ closedAt: '2017-02-26' }, null)).toEqual({
      kind: 'removed',
      changes: [{ field: 'closedAt', before: '2017-02-26' }],
    });
  });

  it('never shows a value of a field named like a secret', () => {
    expect(diffAuditValues({ passwordHash: 'scrypt$a' }, { passwordHash: 'scrypt$b', role: 'admin' }).changes).toEqual([
      { field: 'passwordHash', hidden: true },
      { field: 'role', after: 'admin' },
    ]);
  });
});

describe('jsonPreview', () => {
  it('shows short values whole, as JSON', () => {
    expect(jsonPreview('won')).toEqual({ text: '"won"', full: null });
    expect(jsonPreview(undefined)).toEqual({ text: 'null', full: null });
  });

  it('cuts a long value and keeps the whole of it for the details', () => {
    const note = 'x'.repeat(200);
    const preview = jsonPreview({ note });
    expect(preview.text).toHaveLength(80);
    expect(preview.text.endsWith('…')).toBe(true);
    expect(preview.full).toContain(note);
  });
});

describe('describeActor', () => {
  it('names people by their email and processes in words', () => {
    expect(describeActor('user:3', 'ana@example.org')).toBe('ana@example.org');
    expect(describeActor('user:3')).toBe('Account 3 (no longer on file)');
    expect(describeActor('seed')).toBe('Seed data');
    expect(describeActor('cli')).toBe('Command line');
    expect(describeActor('import:oscar-data')).toBe('Import (oscar-data)');
    expect(describeActor('job:ingest')).toBe('Scheduled job (ingest)');
    expect(describeActor('robot')).toBe('robot');
  });
});
