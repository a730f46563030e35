// Ingestion sources as an admin manages them: a feed served by a local HTTP server is added (its kind
// detected), "Fetch now" previews its item without storing it, "Read now" stores it as the job would,
// and the source is disabled. An editor is refused the sources page with a 403. The source is new to
// each run (its address carries a stamp).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { ADMIN_STATE, EDITOR_STATE } from './accounts';

const stamp = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
const title = `E2E Test Film ${stamp} enters a fictional festival`;
const feed = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>E2E test feed</title><link>http://127.0.0.1/</link>
<item><title>${title}</title><guid>e2e-${stamp}</guid><pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
<description>This is fictional test text written for an end-to-end test; it announces nothing real.</description></item>
</channel></rss>`;

let server: Server;
let base = '';
test.beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.describe('as an admin', () => {
  test.use({ storageState: ADMIN_STATE });

  test('adds a feed, previews its item, and disables it', async ({ page }) => {
    const name = `E2E test source ${stamp}`;
    await page.goto('/admin/sources');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
    await page.getByLabel('Address').fill(`${base}/feed-${stamp}.xml`);
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Add source' }).click();

    await expect(page).toHaveURL(/\/admin\/sources\/\d+\?added=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByLabel('Kind')).toHaveValue('rss');

    await page.getByRole('button', { name: 'Fetch now (preview)' }).click();
    await expect(page.getByText('Read 1 item. Nothing was stored.')).toBeVisible();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByText('Published 2026-03-03')).toBeVisible();

    await page.getByRole('button', { name: 'Read now (store and process)' }).click();
    // The server's scheduler reads a new source within the minute, so it may have stored the item first:
    // either way the item is stored once.
    await expect(page.getByText(/1 item\(s\) read, (1 stored, 0|0 stored, 1) already stored\./)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the review queue' })).toBeVisible();

    await page.getByRole('button', { name: 'Disable source' }).click();
    await expect(page.getByRole('button', { name: 'Enable source' })).toBeVisible();
    await page.goto('/admin/sources');
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('Disabled');
  });
});

test.describe('as an editor', () => {
  test.use({ storageState: EDITOR_STATE });

  test('is refused the sources page with a 403', async ({ page }) => {
    const response = await page.goto('/admin/sources');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Admins only');
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
