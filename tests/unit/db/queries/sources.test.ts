// The sources that statuses cite: one row per address however its scheme and host were capitalised, and a
// source found again gains the title and publisher it lacked; the audit log has both.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureSource } from '@/db/queries/sources';
import { auditLog, sources } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

describe('ensureSource', () => {
  it('finds an address again in other capitals, and fills in what it lacked without overwriting', () => {
    const { db } = freshDatabase();
    const before = db.select().from(sources).all().length;
    const first = ensureSource(db, { kind: 'article', url: 'https://www.thewrap.com/p1387513' }, 'test');
    const again = ensureSource(
      db,
      {
        kind: 'article',
        url: 'HTTPS://WWW.THEWRAP.COM/p1387513',
        title: 'IDA Documentary Awards nominees',
        publisher: 'TheWrap',
      },
      'test',
    );
    expect(again).toMatchObject({ id: first.id, title: 'IDA Documentary Awards nominees', publisher: 'TheWrap' });
    expect(ensureSource(db, { kind: 'article', url: first.url, title: 'Another title' }, 'test')).toMatchObject({
      id: first.id,
      title: 'IDA Documentary Awards nominees',
    });
    // The path is the site's to read: another capital there is another page.
    expect(ensureSource(db, { kind: 'article', url: 'https://www.thewrap.com/P1387513' }, 'test').id).not.toBe(
      first.id,
    );
    expect(db.select().from(sources).all()).toHaveLength(before + 2);
  });

  it('audits a new source and what a found one gains, without the text it holds', () => {
    const { db } = freshDatabase();
    const source = ensureSource(
      db,
      { kind: 'article', url: 'https://www.thewrap.com/p1387513', body: 'The whole article.' },
      'user:7',
    );
    ensureSource(db, { kind: 'article', url: source.url, title: 'IDA Documentary Awards nominees' }, 'job:ingest');
    ensureSource(db, { kind: 'article', url: source.url, title: 'Another title' }, 'job:ingest');
    const entries = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'source'))
      .all()
      .filter((entry) => entry.entityId === source.id);
    expect(entries.map((entry) => [entry.actor, entry.action])).toEqual([
      ['user:7', 'source.create'],
      ['job:ingest', 'source.update'],
    ]);
    const [created, updated] = entries.map(({ before, after }) => ({ before, after }));
    expect(created!.after).toMatchObject({ url: 'https://www.thewrap.com/p1387513', holdsText: true });
    expect(created!.after).not.toHaveProperty('body');
    expect(updated).toEqual({
      before: expect.objectContaining({ title: null }),
      after: { title: 'IDA Documentary Awards nominees' },
    });
  });
});
