// The sources that statuses cite: one row per address however its scheme and host were capitalised, and a
// source found again gains the title and publisher it lacked.
import { describe, expect, it } from 'vitest';
import { ensureSource } from '@/db/queries/sources';
import { sources } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

describe('ensureSource', () => {
  it('finds an address again in other capitals, and fills in what it lacked without overwriting', () => {
    const { db } = freshDatabase();
    const before = db.select().from(sources).all().length;
    const first = ensureSource(db, { kind: 'article', url: 'https://www.thewrap.com/p1387513' });
    const again = ensureSource(db, {
      kind: 'article',
      url: 'HTTPS://WWW.THEWRAP.COM/p1387513',
      title: 'IDA Documentary Awards nominees',
      publisher: 'TheWrap',
    });
    expect(again).toMatchObject({ id: first.id, title: 'IDA Documentary Awards nominees', publisher: 'TheWrap' });
    expect(ensureSource(db, { kind: 'article', url: first.url, title: 'Another title' })).toMatchObject({
      id: first.id,
      title: 'IDA Documentary Awards nominees',
    });
    // The path is the site's to read: another capital there is another page.
    expect(ensureSource(db, { kind: 'article', url: 'https://www.thewrap.com/P1387513' }).id).not.toBe(first.id);
    expect(db.select().from(sources).all()).toHaveLength(before + 2);
  });
});
