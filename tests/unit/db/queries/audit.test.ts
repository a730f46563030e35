// The audit log as the admin page reads it, on a fresh database: newest first, every filter alone and
// together, the edges of keyset pages (same-millisecond entries included), a person's account found
// behind 'user:<id>', the choices the filter form offers and the public page of each entity.
import { describe, expect, it } from 'vitest';
import {
  AUDIT_PAGE_SIZE,
  listAuditEntries,
  listAuditFilterChoices,
  recordAudit,
  type AuditFilters,
} from '@/db/queries/audit';
import { auditTargetKey, describeAuditTargets } from '@/db/queries/audit-targets';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { createNomination } from '@/db/queries/nominations';
import { auditLog, users } from '@/db/schema';
import type { Db } from '@/db/client';
import { freshDatabase } from '../../../helpers/db';

interface Row {
  at: string;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: number | null;
  before?: unknown;
  after?: unknown;
}

function insert(db: Db, rows: readonly Row[]): void {
  for (const row of rows) {
    db.insert(auditLog)
      .values({
        at: row.at,
        actor: row.actor ?? 'seed',
        action: row.action ?? 'film.create',
        entityType: row.entityType ?? 'film',
        entityId: row.entityId === undefined ? 1 : row.entityId,
        before: row.before ?? null,
        after: row.after ?? null,
      })
      .run();
  }
}

function withAccounts() {
  const { db } = freshDatabase();
  const [ana, ben] = db
    .insert(users)
    .values([
      { email: 'ana@example.org', name: 'Ana Díaz', role: 'admin', passwordHash: 'not-a-hash' },
      { email: 'ben@example.org', role: 'editor', passwordHash: 'not-a-hash' },
    ])
    .returning()
    .all();
  return { db, ana: ana!, ben: ben! };
}

async function ids(db: Db, filters: AuditFilters) {
  const page = await listAuditEntries(db, filters);
  if (!page.found) throw new Error('page not found');
  return page.entries.map((entry) => entry.id);
}

describe('listAuditEntries', () => {
  it('lists entries newest first and names a person by the email of their account', async () => {
    const { db, ana } = withAccounts();
    insert(db, [
      { at: '2017-02-26T10:00:00.000Z', actor: 'seed' },
      { at: '2017-02-26T12:00:00.000Z', actor: `user:${ana.id}`, action: 'nomination.status' },
      { at: '2017-02-26T11:00:00.000Z', actor: 'user:999' },
    ]);
    const page = await listAuditEntries(db, {});
    expect(page.found && page.entries.map((e) => [e.at.slice(11, 13), e.actor, e.actorEmail, e.actorName])).toEqual([
      ['12', `user:${ana.id}`, 'ana@example.org', 'Ana Díaz'],
      ['11', 'user:999', null, null],
      ['10', 'seed', null, null],
    ]);
    expect(page.found && page.hasOlder).toBe(false);
    expect(page.found && page.hasNewer).toBe(false);
  });

  it('does not mistake an actor that merely contains a number for an account', async () => {
    const { db, ana } = withAccounts();
    insert(db, [
      { at: '2017-01-01T00:00:00.000Z', actor: `job:${ana.id}` },
      { at: '2017-01-02T00:00:00.000Z', actor: `user:${ana.id}x` },
    ]);
    const page = await listAuditEntries(db, {});
    expect(page.found && page.entries.map((e) => e.actorEmail)).toEqual([null, null]);
  });

  it('returns before and after as the values that were logged', async () => {
    const { db } = freshDatabase();
    recordAudit(db, {
      actor: 'user:1',
      action: 'nomination.status',
      entityType: 'nomination',
      entityId: 12,
      before: { status: 'nominated' },
      after: { status: 'won', note: 'Announced on stage' },
    });
    const page = await listAuditEntries(db, {});
    expect(page.found && page.entries[0]).toMatchObject({
      before: { status: 'nominated' },
      after: { status: 'won', note: 'Announced on stage' },
    });
  });

  it('filters by actor, entity, action and UTC days, alone and together', async () => {
    const { db, ana, ben } = withAccounts();
    const a = `user:${ana.id}`;
    const b = `user:${ben.id}`;
    insert(db, [
      /* 1 */ {
        at: '2016-12-08T23:59:59.999Z',
        actor: a,
        action: 'nomination.status',
        entityType: 'nomination',
        entityId: 12,
      },
      /* 2 */ {
        at: '2016-12-09T00:00:00.000Z',
        actor: a,
        action: 'nomination.status',
        entityType: 'nomination',
        entityId: 13,
      },
      /* 3 */ { at: '2016-12-09T18:30:00.000Z', actor: b, action: 'film.update', entityType: 'film', entityId: 12 },
      /* 4 */ {
        at: '2016-12-10T23:59:59.999Z',
        actor: b,
        action: 'nomination.status',
        entityType: 'nomination',
        entityId: 12,
      },
      /* 5 */ {
        at: '2016-12-11T00:00:00.000Z',
        actor: 'import:oscar-data',
        action: 'nomination.create',
        entityType: 'nomination',
        entityId: 12,
      },
    ]);
    expect(await ids(db, { actor: a })).toEqual([2, 1]);
    expect(await ids(db, { actor: 'import:oscar-data' })).toEqual([5]);
    expect(await ids(db, { entityType: 'nomination' })).toEqual([5, 4, 2, 1]);
    // The id belongs to its type: film 12 is not nomination 12.
    expect(await ids(db, { entityType: 'nomination', entityId: 12 })).toEqual([5, 4, 1]);
    expect(await ids(db, { entityType: 'film', entityId: 12 })).toEqual([3]);
    expect(await ids(db, { action: 'nomination.status' })).toEqual([4, 2, 1]);
    // Both days count whole: from the first millisecond of the 9th to the last of the 10th.
    expect(await ids(db, { fromDate: '2016-12-09', toDate: '2016-12-10' })).toEqual([4, 3, 2]);
    expect(await ids(db, { fromDate: '2016-12-10' })).toEqual([5, 4]);
    expect(await ids(db, { toDate: '2016-12-08' })).toEqual([1]);
    expect(await ids(db, { actor: b, entityType: 'nomination', fromDate: '2016-12-10' })).toEqual([4]);
    expect(await ids(db, { actor: a, action: 'film.update' })).toEqual([]);
    expect(await ids(db, { actor: 'user:999' })).toEqual([]);
  });
});

describe('paging through the log', () => {
  const minute = (i: number) => new Date(Date.UTC(2017, 0, 1, 0, i)).toISOString();

  async function walkOlder(db: Db, filters: AuditFilters, limit: number) {
    const pages: number[][] = [];
    let cursor: { older: number } | null = null;
    for (;;) {
      const page = await listAuditEntries(db, filters, cursor, limit);
      if (!page.found) throw new Error('page not found');
      pages.push(page.entries.map((e) => e.id));
      const last = page.entries.at(-1);
      if (!page.hasOlder || !last) return pages;
      cursor = { older: last.id };
    }
  }

  it('pages 50 at a time: exactly 50 entries is one page, 51 is two', async () => {
    const { db } = freshDatabase();
    insert(
      db,
      Array.from({ length: AUDIT_PAGE_SIZE }, (_, i) => ({ at: minute(i) })),
    );
    const one = await listAuditEntries(db, {});
    expect(one.found && [one.entries.length, one.hasOlder, one.hasNewer]).toEqual([50, false, false]);

    insert(db, [{ at: minute(100) }]);
    const two = await listAuditEntries(db, {});
    expect(two.found && [two.entries.length, two.hasOlder, two.entries[0]?.id]).toEqual([50, true, 51]);
    const last = two.found ? two.entries.at(-1)!.id : 0;
    const older = await listAuditEntries(db, {}, { older: last });
    expect(older.found && [older.entries.map((e) => e.id), older.hasOlder, older.hasNewer]).toEqual([[1], false, true]);
  });

  it('walks every entry once, in order, including entries of the same millisecond', async () => {
    const { db } = freshDatabase();
    // Ids 1–7 share one moment; 8 and 10 carry times earlier than entries logged before them: time orders.
    insert(db, [
      ...Array.from({ length: 7 }, () => ({ at: minute(5) })),
      { at: minute(1) },
      { at: minute(9) },
      { at: minute(3) },
    ]);
    const pages = await walkOlder(db, {}, 3);
    expect(pages).toEqual([[9, 7, 6], [5, 4, 3], [2, 1, 10], [8]]);
  });

  it('goes back to newer pages exactly as they were, and knows when it reaches the newest', async () => {
    const { db } = freshDatabase();
    insert(
      db,
      Array.from({ length: 10 }, (_, i) => ({ at: minute(i) })),
    );
    const newer = await listAuditEntries(db, {}, { newer: 4 }, 3);
    expect(newer.found && [newer.entries.map((e) => e.id), newer.hasNewer, newer.hasOlder]).toEqual([
      [7, 6, 5],
      true,
      true,
    ]);
    const newest = await listAuditEntries(db, {}, { newer: 7 }, 3);
    expect(newest.found && [newest.entries.map((e) => e.id), newest.hasNewer, newest.hasOlder]).toEqual([
      [10, 9, 8],
      false,
      true,
    ]);
  });

  it('keeps the filters on every page and counts only matching entries beyond it', async () => {
    const { db } = freshDatabase();
    insert(
      db,
      Array.from({ length: 12 }, (_, i) => ({ at: minute(i), actor: i % 3 === 0 ? 'user:1' : 'seed' })),
    );
    // user:1 wrote ids 1, 4, 7, 10.
    expect(await walkOlder(db, { actor: 'user:1' }, 2)).toEqual([
      [10, 7],
      [4, 1],
    ]);
    const first = await listAuditEntries(db, { actor: 'user:1' }, { newer: 7 }, 2);
    expect(first.found && [first.entries.map((e) => e.id), first.hasNewer]).toEqual([[10], false]);
  });

  it('keeps to the date range when a page starts beyond it, in either direction', async () => {
    const { db } = freshDatabase();
    // One entry a day, 1–10 January: ids 1–10.
    insert(
      db,
      Array.from({ length: 10 }, (_, i) => ({ at: new Date(Date.UTC(2017, 0, i + 1, 12)).toISOString() })),
    );
    const span = { fromDate: '2017-01-03', toDate: '2017-01-06' };
    const older = await listAuditEntries(db, span, { older: 9 }, 2);
    expect(older.found && [older.entries.map((e) => e.id), older.hasOlder, older.hasNewer]).toEqual([
      [6, 5],
      true,
      false,
    ]);
    const deeper = await listAuditEntries(db, span, { older: 5 }, 2);
    expect(deeper.found && [deeper.entries.map((e) => e.id), deeper.hasOlder, deeper.hasNewer]).toEqual([
      [4, 3],
      false,
      true,
    ]);
    const newer = await listAuditEntries(db, span, { newer: 1 }, 2);
    expect(newer.found && [newer.entries.map((e) => e.id), newer.hasNewer, newer.hasOlder]).toEqual([
      [4, 3],
      true,
      false,
    ]);
  });

  it('says so when the cursor names no entry, rather than showing an empty log', async () => {
    const { db } = freshDatabase();
    insert(db, [{ at: minute(0) }]);
    expect(await listAuditEntries(db, {}, { older: 999 })).toEqual({ found: false });
    expect(await listAuditEntries(db, {}, { newer: 999 })).toEqual({ found: false });
  });
});

describe('listAuditFilterChoices', () => {
  it('offers every account and the processes, entity types and actions in the log', async () => {
    const { db, ana } = withAccounts();
    insert(db, [
      { at: '2017-01-01T00:00:00.000Z', actor: 'seed', action: 'film.create', entityType: 'film' },
      {
        at: '2017-01-02T00:00:00.000Z',
        actor: 'import:oscar-data',
        action: 'nomination.create',
        entityType: 'nomination',
      },
      {
        at: '2017-01-03T00:00:00.000Z',
        actor: `user:${ana.id}`,
        action: 'nomination.status',
        entityType: 'nomination',
      },
      { at: '2017-01-04T00:00:00.000Z', actor: 'seed', action: 'film.create', entityType: 'film' },
      { at: '2017-01-05T00:00:00.000Z', actor: 'job:ingest', action: 'award.create', entityType: 'award' },
    ]);
    const choices = await listAuditFilterChoices(db);
    expect(choices.accounts.map((a) => a.email)).toEqual(['ana@example.org', 'ben@example.org']);
    expect(choices.systemActors).toEqual(['import:oscar-data', 'job:ingest', 'seed']);
    expect(choices.entityTypes).toEqual(['award', 'film', 'nomination']);
    expect(choices.actions).toEqual(['award.create', 'film.create', 'nomination.create', 'nomination.status']);
  });
});

describe('without the entries about accounts (what an editor reads)', () => {
  function logWithAccounts() {
    const { db, ana, ben } = withAccounts();
    insert(db, [
      { at: '2017-01-01T00:00:00.000Z', actor: `user:${ben.id}`, action: 'user.create', entityType: 'user' },
      { at: '2017-01-02T00:00:00.000Z', actor: `user:${ana.id}`, action: 'user.sign-in', entityType: 'user' },
      { at: '2017-01-03T00:00:00.000Z', actor: `user:${ana.id}`, action: 'film.update', entityType: 'film' },
      { at: '2017-01-04T00:00:00.000Z', actor: 'seed', action: 'film.create', entityType: 'film' },
    ]);
    return { db, ana };
  }

  it('lists every other entry, under every filter, and no account entry', async () => {
    const { db, ana } = logWithAccounts();
    expect(await ids(db, {})).toEqual([4, 3, 2, 1]);
    expect(await ids(db, { withoutAccounts: true })).toEqual([4, 3]);
    expect(await ids(db, { actor: `user:${ana.id}`, withoutAccounts: true })).toEqual([3]);
    expect(await ids(db, { entityType: 'user', withoutAccounts: true })).toEqual([]);
    expect(await ids(db, { entityType: 'user', entityId: 1, withoutAccounts: true })).toEqual([]);
    expect(await ids(db, { action: 'user.sign-in', withoutAccounts: true })).toEqual([]);
    expect(await ids(db, { fromDate: '2017-01-02', withoutAccounts: true })).toEqual([4, 3]);
  });

  it('offers neither the account entity type nor its actions as filters', async () => {
    const { db } = logWithAccounts();
    const all = await listAuditFilterChoices(db);
    expect(all.entityTypes).toEqual(['film', 'user']);
    const choices = await listAuditFilterChoices(db, { withoutAccounts: true });
    expect(choices.entityTypes).toEqual(['film']);
    expect(choices.actions).toEqual(['film.create', 'film.update']);
  });
});

describe('describeAuditTargets', () => {
  it('finds the public page of a film, and of a nomination on its edition page', async () => {
    const { db } = freshDatabase();
    const award = ensureAward(
      db,
      { slug: 'ida-documentary-awards', name: 'IDA Documentary Awards', kind: 'ceremony' },
      'seed',
    );
    const edition = ensureEdition(
      db,
      { awardId: award.id, slug: '2016', name: '2016 IDA Documentary Awards', year: 2016 },
      'seed',
    );
    const category = ensureCategory(db, { editionId: edition.id, name: 'ABC News VideoSource Award' }, 'seed');
    const { film } = ensureFilm(db, { title: '13th', year: 2016 }, 'seed');
    const { nomination } = createNomination(db, {
      categoryId: category.id,
      filmIds: [film.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'seed', note: 'test' },
    });

    const targets = await describeAuditTargets(db, [
      { entityType: 'film', entityId: film.id },
      { entityType: 'nomination', entityId: nomination.id },
      { entityType: 'edition', entityId: edition.id },
      { entityType: 'film', entityId: 9999 },
      { entityType: 'organization', entityId: 1 },
      { entityType: 'settings', entityId: null },
    ]);
    expect(targets.get(auditTargetKey('film', film.id))).toEqual({
      page: 'film',
      slug: film.slug,
      label: '13th (2016)',
    });
    expect(targets.get(auditTargetKey('nomination', nomination.id))).toEqual({
      page: 'edition',
      awardSlug: 'ida-documentary-awards',
      editionSlug: '2016',
      categorySlug: category.slug,
      label: '13th — ABC News VideoSource Award, 2016 IDA Documentary Awards',
    });
    expect(targets.get(auditTargetKey('edition', edition.id))).toMatchObject({ categorySlug: null });
    // Gone since it was logged, or without a public page: no link.
    expect(targets.has(auditTargetKey('film', 9999))).toBe(false);
    expect(targets.has(auditTargetKey('organization', 1))).toBe(false);
    expect(targets.size).toBe(3);
  });
});
