// The /admin/sources Server Actions as their forms post them: an editor is refused every one with
// nothing written; an admin adds a source (and lands on its page), gets a duplicate address or a bad cron
// schedule back beside its field with what was typed, gets a stale save back as the conflict, disables a
// source and sets the auto-apply threshold, each audited. The request and next/cache are stand-ins.
import { PRIVATE_ADDRESSES_SETTING } from '@/jobs/ingest/fetch-address';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '@/app/_lib/action';
import {
  createSourceAction,
  previewSourceAction,
  readSourceNowAction,
  setSourceEnabledAction,
  setThresholdAction,
  updateSourceAction,
} from '@/app/admin/sources/actions';
import { getAutoApplyThreshold } from '@/db/queries/ingestion-source-settings';
import { announcements, auditLog, candidates, ingestionSources } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import { redirectedTo } from '@/tests/helpers/redirects';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

function setup(role: 'admin' | 'editor' = 'admin') {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  const user = signInAs(db, role);
  return { db, user };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const sourceForm = { url: 'https://example.org/feed.xml', kind: 'rss', schedule: '*/30 * * * *', award: '', name: '' };

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title>
<item><title>E2E Test Film 4107 news</title><guid>t-1</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>
<description>${'A fictional test announcement. '.repeat(20)}</description></item></channel></rss>`;

/** A local server: /feed.xml is the feed above, anything else a 404. */
const server = createServer((request, response) => {
  if (request.url === '/feed.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
  else response.writeHead(404).end('not here');
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('source actions', () => {
  beforeEach(() => resetRequest());

  it('refuses an editor every action, writing nothing', async () => {
    const { db } = setup('editor');
    const audited = db.select().from(auditLog).all().length;
    const attempts = [
      createSourceAction(null, form(sourceForm)),
      updateSourceAction(null, form({ ...sourceForm, sourceId: '1', expectedVersion: '1' })),
      setSourceEnabledAction(null, form({ sourceId: '1', enabled: 'false' })),
      setThresholdAction(null, form({ threshold: '0.5' })),
      readSourceNowAction(null, form({ sourceId: '1' })),
    ];
    for (const result of await Promise.all(attempts))
      expect(result).toMatchObject({ ok: false, message: MESSAGES.adminOnly });
    expect(db.select().from(ingestionSources).all()).toEqual([]);
    expect(db.select().from(auditLog).all()).toHaveLength(audited);
  });

  it('adds a source as the admin and opens its page; a duplicate and a bad schedule come back by their fields', async () => {
    const { db, user } = setup();
    expect(await redirectedTo(createSourceAction(null, form(sourceForm)))).toBe('/admin/sources/1?added=1');
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'ingestion_source.create')).get();
    expect(entry).toMatchObject({ actor: `user:${user.id}`, entityId: 1 });
    expect(await createSourceAction(null, form(sourceForm))).toMatchObject({
      ok: false,
      fieldErrors: { url: ['Source #1 already reads this address.'] },
      values: { url: 'https://example.org/feed.xml', kind: 'rss' },
    });
    const badCron = await createSourceAction(null, form({ ...sourceForm, schedule: '99 * * * *' }));
    expect(badCron).toMatchObject({ ok: false, values: { schedule: '99 * * * *' } });
    expect(JSON.stringify(badCron)).toContain('is not a cron schedule');
    expect(db.select().from(ingestionSources).all()).toHaveLength(1);
  });

  it('refuses a private address when the source is added or edited, unless the server allows them', async () => {
    const { db } = setup();
    const saved = process.env[PRIVATE_ADDRESSES_SETTING];
    delete process.env[PRIVATE_ADDRESSES_SETTING];
    try {
      for (const url of ['http://169.254.169.254/latest/meta-data', 'http://localhost:3555/feeds/all.atom']) {
        const refused = await createSourceAction(null, form({ ...sourceForm, url }));
        expect(refused).toMatchObject({ ok: false, values: { url } });
        expect(refused.ok ? '' : refused.fieldErrors?.url?.[0]).toMatch(/is a private address \(/);
      }
      expect(db.select().from(ingestionSources).all()).toEqual([]);
      // A name that does not resolve here is let through: every read checks it again.
      expect(await redirectedTo(createSourceAction(null, form(sourceForm)))).toBe('/admin/sources/1?added=1');
      const edit = { ...sourceForm, url: 'http://10.0.0.5/feed.xml', sourceId: '1', expectedVersion: '1' };
      expect(await updateSourceAction(null, form(edit))).toMatchObject({ ok: false });
      expect(db.select().from(ingestionSources).get()?.url).toBe(sourceForm.url);
    } finally {
      process.env[PRIVATE_ADDRESSES_SETTING] = saved;
    }
  });

  it('refuses a stale save with theirs and yours, then disables the source', async () => {
    const { db } = setup();
    await redirectedTo(createSourceAction(null, form(sourceForm)));
    const edit = { ...sourceForm, sourceId: '1', expectedVersion: '1' };
    expect(await updateSourceAction(null, form({ ...edit, name: 'First' }))).toMatchObject({
      ok: true,
      message: 'Saved: name.',
    });
    const stale = await updateSourceAction(null, form({ ...edit, schedule: '0 6 * * *' }));
    expect(stale).toMatchObject({ ok: false, fieldErrors: { name: ['Saved now: “First”.'] } });
    expect(stale.ok ? '' : stale.message).toMatch(/Name: theirs “First”, yours \(blank\)/);
    expect(await setSourceEnabledAction(null, form({ sourceId: '1', enabled: 'false' }))).toEqual({
      ok: true,
      message: 'Source #1 disabled.',
    });
    expect(db.select().from(ingestionSources).get()).toMatchObject({ enabled: false, schedule: '*/30 * * * *' });
  });

  it('sets the auto-apply threshold between 0 and 1', async () => {
    const { db } = setup();
    // A blank field or words are no threshold (read as 0, every candidate would be applied unseen).
    for (const threshold of ['1.2', '', '  ', 'abc', '-0.1', '0x1', '1e-1']) {
      expect(await setThresholdAction(null, form({ threshold })), threshold).toMatchObject({
        ok: false,
        fieldErrors: { threshold: ['Give a number between 0 and 1, e.g. 0.85.'] },
      });
    }
    expect(getAutoApplyThreshold(db)).not.toBe(0);
    expect(await setThresholdAction(null, form({ threshold: ' 0.7 ' }))).toMatchObject({ ok: true });
    expect(getAutoApplyThreshold(db)).toBe(0.7);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'setting.update')).all()).toHaveLength(1);
    // 0 is allowed, and what it means is said.
    expect(await setThresholdAction(null, form({ threshold: '0' }))).toEqual({
      ok: true,
      message: 'Threshold set to 0. Every fact the jobs find now applies itself, unreviewed.',
    });
  });

  it('previews what a source holds, writing nothing, and shows why one cannot be read', async () => {
    const { db } = setup();
    await redirectedTo(createSourceAction(null, form({ ...sourceForm, url: `${base}/feed.xml`, kind: 'detect' })));
    expect(db.select().from(ingestionSources).get()).toMatchObject({ kind: 'rss' });
    const audited = db.select().from(auditLog).all().length;
    const preview = await previewSourceAction(null, form({ sourceId: '1' }));
    expect(preview).toMatchObject({ ok: true, message: 'Read 1 item. Nothing was stored.' });
    const item = preview.ok ? preview.data?.items[0] : undefined;
    expect(item).toMatchObject({ title: 'E2E Test Film 4107 news', publishedAt: '2026-03-02T10:00:00.000Z' });
    expect(item?.excerpt).toHaveLength(301);
    expect(db.select().from(announcements).all()).toEqual([]);
    expect(db.select().from(candidates).all()).toEqual([]);
    expect(db.select().from(auditLog).all()).toHaveLength(audited);
    expect(db.select().from(ingestionSources).get()).toMatchObject({ lastRunAt: null, lastError: null });

    await redirectedTo(createSourceAction(null, form({ ...sourceForm, url: `${base}/gone.xml` })));
    const failed = await previewSourceAction(null, form({ sourceId: '2' }));
    expect(failed).toMatchObject({ ok: false, message: expect.stringMatching(/^The source could not be read: .*404/) });
  });

  it('reads a source now as the job does, storing each item once, and records a failure as the job would', async () => {
    const { db } = setup();
    await redirectedTo(createSourceAction(null, form({ ...sourceForm, url: `${base}/feed.xml`, kind: 'detect' })));
    const first = await readSourceNowAction(null, form({ sourceId: '1' }));
    expect(first).toMatchObject({
      ok: true,
      message: expect.stringContaining('1 item(s) read, 1 stored, 0 already stored.'),
    });
    expect(db.select().from(announcements).all()).toMatchObject([
      { title: 'E2E Test Film 4107 news', ingestionSourceId: 1 },
    ]);
    expect(db.select().from(ingestionSources).get()!.lastRunAt).not.toBeNull();
    const again = await readSourceNowAction(null, form({ sourceId: '1' }));
    expect(again).toMatchObject({ ok: true, message: expect.stringContaining('0 stored, 1 already stored.') });
    expect(db.select().from(announcements).all()).toHaveLength(1);

    await redirectedTo(createSourceAction(null, form({ ...sourceForm, url: `${base}/gone.xml` })));
    const failed = await readSourceNowAction(null, form({ sourceId: '2' }));
    expect(failed).toMatchObject({ ok: false, message: expect.stringMatching(/^The source could not be read: .*404/) });
    expect(db.select().from(ingestionSources).where(eq(ingestionSources.id, 2)).get()!.lastError).toMatch(/404/);
    expect(await readSourceNowAction(null, form({ sourceId: '99' }))).toEqual({
      ok: false,
      message: 'This source no longer exists.',
    });
  });
});
