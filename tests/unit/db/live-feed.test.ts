// The live feed tells its listeners which editions' results changed, once per batch of status changes
// committed by another connection, and nothing for writes that change no status.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { LiveFeed, type LiveChange } from '@/db/live-feed';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { changeStatus, createNomination } from '@/db/queries/nominations';
import { freshDatabase } from '@/tests/helpers/db';

function setUp() {
  const { db, file } = freshDatabase();
  const award = ensureAward(db, { slug: 'test-award', name: 'Test Award', kind: 'ceremony' }, 'test');
  const nomination = (editionSlug: string, title: string) => {
    const edition = ensureEdition(db, { awardId: award.id, slug: editionSlug, name: editionSlug, year: 2020 }, 'test');
    const category = ensureCategory(db, { editionId: edition.id, name: 'Best Test' }, 'test');
    const { film } = ensureFilm(db, { title, year: 2020 }, 'test');
    return createNomination(db, {
      categoryId: category.id,
      filmIds: [film.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'test', note: 'test' },
    }).nomination;
  };
  const first = nomination('2020', 'Film One');
  const second = nomination('2021', 'Film Two');
  // The feed reads through a connection of its own, as in the server.
  const reader = openDatabase(file, { readonly: true });
  const feed = new LiveFeed({ db: reader, maxSubscribers: 2, intervalMs: 60_000 });
  const win = (id: number) => changeStatus(db, { nominationId: id, to: 'won', actor: 'test', note: 'test' });
  return { db, reader, feed, first, second, win };
}

let opened: Db[] = [];
afterEach(() => {
  for (const db of opened) db.$client.close();
  opened = [];
});

describe('LiveFeed', () => {
  it('announces the editions whose nominations changed status, once', () => {
    const { reader, feed, first, win } = setUp();
    opened.push(reader);
    const heard: LiveChange[] = [];
    const stop = feed.subscribe((change) => heard.push(change))!;
    win(first.id);
    feed.poll();
    feed.poll();
    expect(heard).toEqual([{ latest: feed.latestEventId, editions: ['test-award/2020'] }]);
    stop();
  });

  it('stays quiet for a write that changes no status', () => {
    const { db, reader, feed } = setUp();
    opened.push(reader);
    const heard: LiveChange[] = [];
    const stop = feed.subscribe((change) => heard.push(change))!;
    ensureFilm(db, { title: 'Unrelated Film', year: 2019 }, 'test');
    feed.poll();
    expect(heard).toEqual([]);
    stop();
  });

  it('tells a reconnecting client what changed after the last event it saw', () => {
    const { reader, feed, first, second, win } = setUp();
    opened.push(reader);
    const seen = feed.latestEventId;
    expect(feed.changesSince(seen)).toBeNull();
    win(second.id);
    win(first.id);
    expect(feed.changesSince(seen)?.editions?.sort()).toEqual(['test-award/2020', 'test-award/2021']);
  });

  it('refuses a subscriber beyond the cap until one leaves', () => {
    const { reader, feed } = setUp();
    opened.push(reader);
    const stops = [feed.subscribe(() => {}), feed.subscribe(() => {})];
    expect(feed.subscribe(() => {})).toBeNull();
    stops[0]!();
    stops[0]!();
    expect(feed.size).toBe(1);
    const again = feed.subscribe(() => {});
    expect(again).not.toBeNull();
    stops[1]!();
    again!();
    expect(feed.size).toBe(0);
  });
});
