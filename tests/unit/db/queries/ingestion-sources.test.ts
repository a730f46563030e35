// Ingestion sources as the command line and the admin form write them: the shared schema refuses a bad
// address, kind or cron schedule with a message that says why; an unknown award slug and an address
// already read are refused naming what is wrong (and nothing is written); a stale edit is a conflict
// showing theirs against yours; enabling and disabling are audited; the list computes the next run; the
// seeded demo source is added once.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureAward } from '@/db/queries/catalogue';
import { editedSourceFieldsSchema, scheduleProblem, sourceFieldsSchema } from '@/db/queries/ingestion-source-fields';
import { getAutoApplyThreshold, setAutoApplyThreshold } from '@/db/queries/ingestion-source-settings';
import {
  addSource,
  ConflictError,
  FieldValidationError,
  getSource,
  listSources,
  setSourceEnabled,
  updateSource,
} from '@/db/queries/ingestion-sources';
import { DEMO_SOURCE_URL, seedDemoSource } from '@/db/seed/demo-source';
import { auditLog, ingestionSources } from '@/db/schema';
import { isSourceDue } from '@/jobs/ingest/ingest-due';
import { freshDatabase } from '@/tests/helpers/db';

const valid = { url: 'https://example.org/feed.xml', kind: 'rss', schedule: '*/30 * * * *', award: '', name: '' };

function setup() {
  const { db } = freshDatabase();
  ensureAward(db, { slug: 'ida-documentary-awards', name: 'IDA Documentary Awards', kind: 'ceremony' }, 'seed');
  return db;
}

const parse = (fields: Record<string, string>) => sourceFieldsSchema.parse(fields);
const audits = (db: ReturnType<typeof setup>, action: string) =>
  db.select().from(auditLog).where(eq(auditLog.action, action)).all();

describe('source fields', () => {
  it('accepts a valid source, blank award and name as null', () => {
    expect(parse(valid)).toEqual({ ...valid, award: null, name: null });
  });

  it('refuses other schemes, a bundled feed and an unknown kind', () => {
    for (const url of ['ftp://example.org/feed', 'file:///etc/passwd', 'javascript:alert(1)', DEMO_SOURCE_URL]) {
      const result = sourceFieldsSchema.safeParse({ ...valid, url });
      expect(result.success, url).toBe(false);
    }
    expect(sourceFieldsSchema.safeParse({ ...valid, kind: 'csv' }).success).toBe(false);
    // The edit form keeps the seeded demo's bundled address, and only that form of it.
    expect(editedSourceFieldsSchema.safeParse({ ...valid, url: DEMO_SOURCE_URL }).success).toBe(true);
    expect(editedSourceFieldsSchema.safeParse({ ...valid, url: 'bundled:../secrets' }).success).toBe(false);
  });

  it('explains a schedule that is not five valid cron fields', () => {
    expect(scheduleProblem('0 9 * * MON-FRI')).toBeNull();
    expect(scheduleProblem('* * * *')).toMatch(/not a cron schedule: give five fields/);
    expect(scheduleProblem('0 */30 * * * *')).toMatch(/give five fields/);
    // The parser's own wording put in the form's: which field, its range, and the value typed.
    expect(scheduleProblem('61 * * * *')).toBe(
      '“61 * * * *” is not a cron schedule (the minute must be 0–59, not 61): give five fields (minute hour day-of-month month day-of-week), e.g. */30 * * * *.',
    );
    expect(scheduleProblem('0 25 * * *')).toMatch(/\(the hour must be 0–23, not 25\)/);
    expect(scheduleProblem('0 9 * 13 *')).toMatch(/\(the month must be 1–12, not 13\)/);
    expect(scheduleProblem('x * * * *')).toMatch(
      /\(“x” is not a number, a range such as 1-5 or a step such as \*\/15\)/,
    );
    expect(scheduleProblem('H * * * *')).toMatch(/random value/);
    const result = sourceFieldsSchema.safeParse({ ...valid, schedule: 'every hour' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['schedule']);
  });
});

describe('adding and editing a source', () => {
  it('adds a source with its award and audits it', () => {
    const db = setup();
    const source = addSource(db, {
      fields: parse({ ...valid, award: 'ida-documentary-awards', name: 'IDA news' }),
      actor: 'user:1',
    });
    expect(getSource(db, source.id)).toMatchObject({ awardSlug: 'ida-documentary-awards', name: 'IDA news' });
    expect(audits(db, 'ingestion_source.create')).toMatchObject([{ actor: 'user:1', entityId: source.id }]);
  });

  it('refuses an unknown award and an address already read, naming the source, writing nothing', () => {
    const db = setup();
    expect(() => addSource(db, { fields: parse({ ...valid, award: 'no-such-award' }), actor: 'cli' })).toThrow(
      'No award has the slug “no-such-award”.',
    );
    const first = addSource(db, { fields: parse({ ...valid, name: 'Festival feed' }), actor: 'cli' });
    const duplicate = () => addSource(db, { fields: parse(valid), actor: 'cli' });
    expect(duplicate).toThrow(FieldValidationError);
    expect(duplicate).toThrow(`Source #${first.id} “Festival feed” already reads https://example.org/feed.xml.`);
    // A #fragment never reaches the server: the same feed.
    const withFragment = () => addSource(db, { fields: parse({ ...valid, url: `${valid.url}#latest` }), actor: 'cli' });
    expect(withFragment).toThrow(`Source #${first.id} “Festival feed” already reads https://example.org/feed.xml.`);
    expect(db.select().from(ingestionSources).all()).toHaveLength(1);
    expect(audits(db, 'ingestion_source.create')).toHaveLength(1);
  });

  it('saves an edit with the version it loaded, and refuses a stale one with theirs and yours', () => {
    const db = setup();
    const source = addSource(db, { fields: parse(valid), actor: 'cli' });
    const saved = updateSource(db, {
      sourceId: source.id,
      expectedVersion: 1,
      fields: parse({ ...valid, schedule: '0 * * * *', award: 'ida-documentary-awards' }),
      actor: 'user:1',
    });
    expect(saved.changed).toEqual(['schedule', 'awardId']);
    expect(saved.source.version).toBe(2);
    let conflict: unknown;
    try {
      updateSource(db, { sourceId: source.id, expectedVersion: 1, fields: parse(valid), actor: 'user:2' });
    } catch (error) {
      conflict = error;
    }
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).changes).toEqual([
      { field: 'schedule', theirs: '0 * * * *', yours: '*/30 * * * *' },
      { field: 'awardId', theirs: 'ida-documentary-awards', yours: null },
    ]);
    expect(getSource(db, source.id)).toMatchObject({ schedule: '0 * * * *', version: 2 });
    expect(audits(db, 'ingestion_source.update')).toHaveLength(1);
  });

  it('forgets the conditional-GET validators when the address changes', () => {
    const db = setup();
    const source = addSource(db, { fields: parse(valid), actor: 'cli' });
    db.update(ingestionSources).set({ etag: '"abc"', lastModified: 'x' }).run();
    updateSource(db, {
      sourceId: source.id,
      expectedVersion: 1,
      fields: parse({ ...valid, url: 'https://example.org/other.xml' }),
      actor: 'cli',
    });
    expect(db.select().from(ingestionSources).get()).toMatchObject({ etag: null, lastModified: null });
  });
});

describe('enabling, listing, the demo source and the threshold', () => {
  it('disables and enables with an audit entry each, and a repeat changes nothing', () => {
    const db = setup();
    const source = addSource(db, { fields: parse(valid), actor: 'cli' });
    expect(setSourceEnabled(db, { sourceId: source.id, enabled: false, actor: 'cli' }).changed).toBe(true);
    expect(setSourceEnabled(db, { sourceId: source.id, enabled: false, actor: 'cli' }).changed).toBe(false);
    expect(getSource(db, source.id)).toMatchObject({ enabled: false, nextRunAt: null });
    setSourceEnabled(db, { sourceId: source.id, enabled: true, actor: 'cli' });
    expect(audits(db, 'ingestion_source.disable')).toHaveLength(1);
    expect(audits(db, 'ingestion_source.enable')).toHaveLength(1);
    expect(() => setSourceEnabled(db, { sourceId: 999, enabled: true, actor: 'cli' })).toThrow('no source #999');
  });

  it('lists the next run from the schedule, now for a source never read, or the end of the backoff of a source that failed', () => {
    const db = setup();
    addSource(db, { fields: parse(valid), actor: 'cli' });
    const now = new Date('2026-03-01T10:10:00Z');
    // Never read: the ingest job reads it at its next run, whatever the schedule says.
    expect(listSources(db, now)[0]?.nextRunAt).toBe('2026-03-01T10:10:00.000Z');
    expect(isSourceDue(db.select().from(ingestionSources).get()!, now)).toBe(true);
    db.update(ingestionSources).set({ lastRunAt: '2026-03-01T10:00:00.000Z' }).run();
    expect(listSources(db, now)[0]?.nextRunAt).toBe('2026-03-01T10:30:00.000Z');
    // Retried when the backoff ends, not at the next tick, as the ingest job decides (isSourceDue).
    db.update(ingestionSources).set({ retryAfter: '2026-03-01T10:46:00.000Z', consecutiveFailures: 2 }).run();
    expect(listSources(db, now)[0]).toMatchObject({ nextRunAt: '2026-03-01T10:46:00.000Z', consecutiveFailures: 2 });
    const source = db.select().from(ingestionSources).get()!;
    expect(isSourceDue(source, new Date('2026-03-01T10:45:59Z'))).toBe(false);
    expect(isSourceDue(source, new Date('2026-03-01T10:46:00Z'))).toBe(true);
    // A backoff that has ended: due now.
    expect(listSources(db, new Date('2026-03-01T10:50:00Z'))[0]?.nextRunAt).toBe('2026-03-01T10:50:00.000Z');
  });

  it('seeds the offline demo source once, enabled', () => {
    const db = setup();
    expect(seedDemoSource(db)).toBe(true);
    setSourceEnabled(db, { sourceId: 1, enabled: false, actor: 'user:1' });
    expect(seedDemoSource(db)).toBe(false);
    expect(listSources(db)).toMatchObject([{ url: DEMO_SOURCE_URL, kind: 'rss', enabled: false }]);
  });

  it('keeps the auto-apply threshold between 0 and 1, default 0.85, audited', () => {
    const db = setup();
    expect(getAutoApplyThreshold(db)).toBe(0.85);
    expect(setAutoApplyThreshold(db, { value: 0.9, actor: 'user:1' })).toBe(true);
    expect(setAutoApplyThreshold(db, { value: 0.9, actor: 'user:1' })).toBe(false);
    expect(getAutoApplyThreshold(db)).toBe(0.9);
    expect(() => setAutoApplyThreshold(db, { value: 1.5, actor: 'user:1' })).toThrow(RangeError);
    expect(audits(db, 'setting.update')).toMatchObject([{ before: { value: 0.85 }, after: { value: 0.9 } }]);
  });
});
