import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentHashOf, listUnprocessedAnnouncements, storeAnnouncement } from '@/db/queries/announcements';
import { ensureSource } from '@/db/queries/sources';
import { announcements, auditLog, sources } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

const item = {
  guid: 'urn:test:1',
  url: 'https://news.example.test/a-test-film-nominated',
  title: 'A Test Film is nominated',
  publisher: 'Example News',
  publishedAt: '2026-02-03T10:00:00Z',
  text: 'The Test Documentary Society nominated A Test Film for Best Test Feature.',
};

describe('storeAnnouncement', () => {
  it('stores an item once with its citation source, and knows it again by guid or by its text', () => {
    const { db } = freshDatabase();
    const first = storeAnnouncement(db, { ingestionSourceId: null, item, sourceKind: 'feed' });
    expect(first.created).toBe(true);
    expect(first.announcement).toMatchObject({
      guid: 'urn:test:1',
      contentHash: contentHashOf(item.text),
      processedAt: null,
    });
    expect(db.select().from(sources).where(eq(sources.id, first.announcement.sourceId)).get()).toMatchObject({
      kind: 'feed',
      url: item.url,
      title: item.title,
      publisher: 'Example News',
      publishedOn: '2026-02-03',
      body: item.text,
    });

    expect(storeAnnouncement(db, { ingestionSourceId: null, item }).created).toBe(false);
    // Republished under another guid with only whitespace and case changed: the same article.
    const again = storeAnnouncement(db, {
      ingestionSourceId: null,
      item: { ...item, guid: 'urn:other', text: `  ${item.text.toUpperCase()}\n` },
    });
    expect(again).toMatchObject({ created: false, announcement: { id: first.announcement.id } });
    expect(db.select().from(announcements).all()).toHaveLength(1);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'announcement.create')).all()).toHaveLength(1);
  });

  it('falls back to the url, then the content hash, as the guid', () => {
    const { db } = freshDatabase();
    const byUrl = storeAnnouncement(db, { ingestionSourceId: null, item: { ...item, guid: null } });
    expect(byUrl.announcement.guid).toBe(item.url);
    const byHash = storeAnnouncement(db, {
      ingestionSourceId: null,
      item: { ...item, guid: null, url: null, text: 'Another test text.' },
    });
    expect(byHash.announcement.guid).toBe(`sha256:${contentHashOf('Another test text.')}`);
  });

  it('cites an existing source with the same address, or one holding the same text', () => {
    const { db } = freshDatabase();
    const known = ensureSource(db, { kind: 'article', url: item.url, title: 'Known' }, 'test');
    const seedLike = ensureSource(
      db,
      { key: 'test-seed', kind: 'article', body: 'A held text, without an address.' },
      'test',
    );
    expect(storeAnnouncement(db, { ingestionSourceId: null, item }).announcement.sourceId).toBe(known.id);
    const sameText = storeAnnouncement(db, {
      ingestionSourceId: null,
      item: {
        ...item,
        guid: 'urn:test:2',
        url: 'https://elsewhere.example.test/x',
        text: 'A held text,\nwithout an address.',
      },
    });
    expect(sameText.announcement.sourceId).toBe(seedLike.id);
    expect(db.select().from(sources).all()).toHaveLength(2);
  });

  it('lists unprocessed announcements oldest first', () => {
    const { db } = freshDatabase();
    const a = storeAnnouncement(db, { ingestionSourceId: null, item }).announcement;
    const b = storeAnnouncement(db, {
      ingestionSourceId: null,
      item: { ...item, guid: 'g2', text: 'Second.' },
    }).announcement;
    db.update(announcements).set({ processedAt: '2026-01-01T00:00:00Z' }).where(eq(announcements.id, a.id)).run();
    expect(listUnprocessedAnnouncements(db).map((row) => row.id)).toEqual([b.id]);
    expect(listUnprocessedAnnouncements(db, [a.id])).toEqual([]);
  });
});
