// The whole ingestion path, as it runs for real: a feed served by a local HTTP server is added as a source,
// the ingest job runs (the same job the scheduler runs, started from the command line against the app's
// database), the announcement's candidate waits in the review queue because its film is not in the
// catalogue, an editor accepts it creating the film, and the film's public page shows the nomination citing
// the announcement. The award, edition, category, film and text are fictional test records made per run.
// And the offline demo: the first start has read the bundled feed of real announcements by itself.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { ensureAward, ensureCanonicalCategory, ensureCategory, ensureEdition } from '../../db/queries/catalogue';
import { E2E_DB } from '../../playwright.config';
import { EDITOR_STATE } from './accounts';

test.use({ storageState: EDITOR_STATE });

const run = promisify(execFile);
// Letters only, so the fictional names read like names to the extractor ("Bdfha Documentary Awards").
const tag = [...`${Date.now()}`.slice(-7)].map((digit) => 'abcdefghij'[Number(digit)]).join('');
const Tag = tag[0]!.toUpperCase() + tag.slice(1);
const AWARD = `${Tag} Documentary Awards`;
const FILM = `The ${Tag} Tapes`;
const HEADLINE = `${AWARD} announce this year's nominees`;
const TEXT = `This is fictional test text written for an end-to-end test. "${FILM}" is nominated for Best Feature at the 2024 ${AWARD}.`;

let server: Server;
let feedUrl = '';

test.beforeAll(async () => {
  const db = openDatabase(E2E_DB);
  try {
    const award = ensureAward(db, { slug: `e2e-ingest-${tag}`, name: AWARD, kind: 'ceremony' }, 'e2e');
    const edition = ensureEdition(db, { awardId: award.id, slug: '2024', name: `2024 ${AWARD}`, year: 2024 }, 'e2e');
    const canonical = ensureCanonicalCategory(db, { awardId: award.id, slug: 'best-feature', name: 'Best Feature' });
    ensureCategory(db, { editionId: edition.id, canonicalCategoryId: canonical.id, name: 'Best Feature' }, 'e2e');
  } finally {
    db.$client.close();
  }
  server = createServer((request, response) => {
    const link = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/${tag}`;
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(
      `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>E2E test feed ${tag}</title><link>${link}</link>
<item><title>${HEADLINE}</title><link>${link}</link><guid>e2e-ingest-${tag}</guid>
<pubDate>Tue, 05 Nov 2024 09:00:00 GMT</pubDate><description>${TEXT}</description></item>
</channel></rss>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed-${tag}.xml`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** `npm run laurels -- ARGS` on the app's own database, as someone scripting Laurels would run it. */
function laurels(...args: string[]) {
  return run('npx', ['tsx', 'jobs/cli.ts', ...args], { env: { ...process.env, LAURELS_DB: E2E_DB } });
}

test('a feed read by the ingest job becomes, once an editor accepts it, a nomination citing the announcement', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await laurels('sources', 'add', feedUrl, '--kind', 'rss', '--award', `e2e-ingest-${tag}`, '--name', `E2E ${tag}`);
  // The server's own scheduler may hold the job's lease at this moment; then the run is skipped, not failed.
  await expect(async () => {
    const { stdout } = await laurels('jobs', 'run', 'ingest');
    expect(stdout).not.toMatch(/skipped/i);
  }).toPass({ timeout: 60_000, intervals: [2_000] });

  await page.goto('/admin/review');
  const card = page.getByRole('listitem').filter({ hasText: HEADLINE });
  await expect(card).toContainText(FILM);
  await expect(card).toContainText('not in the catalogue');
  await card.getByRole('link', { name: `Correct or merge: ${FILM}, nominated` }).click();

  await expect(page.getByLabel('Category', { exact: true })).toHaveValue(/\d+/);
  await expect(page.getByLabel('Film title')).toHaveValue(FILM);
  await page.getByLabel('Create a new film with this title').check();
  await page.getByRole('button', { name: 'Accept with these corrections' }).click();
  // A new film is made from its title and year: without the year it is refused beside the field.
  await expect(page.getByText('A new film needs its year: give the year of its release, such as 2016.')).toBeVisible();
  await page.getByLabel('Film year').fill('2024');
  await page.getByRole('button', { name: 'Accept with these corrections' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'accepted' })).toContainText(`“${FILM}”: accepted`);

  await page.getByRole('link', { name: `See ${FILM} on its public page` }).click();
  const nomination = page.getByRole('listitem').filter({ hasText: `2024 ${AWARD}` });
  await expect(nomination).toContainText('Nominated');
  await nomination.getByRole('link', { name: new RegExp(HEADLINE) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect(page.getByText(`"${FILM}" is nominated for Best Feature`)).toBeVisible();
});

test('the first start has read the bundled demo feed: its untracked editions wait for review', async ({ page }) => {
  // The scheduler's catch-up run reads the offline demo source when the server starts; poll until it has.
  await expect(async () => {
    await page.goto('/admin/review');
    await expect(page.getByRole('listitem').filter({ hasText: 'Bobi Wine: The People' }).first()).toContainText(
      'no edition 2023 of IDA Documentary Awards',
    );
  }).toPass({ timeout: 60_000, intervals: [2_000] });
});
