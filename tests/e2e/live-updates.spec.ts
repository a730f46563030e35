// Live updates on ceremony night: a fan has the public page of an edition whose ceremony is today open; an
// admin, in another browser, marks a winner on the results screen; the fan's page shows the win within
// seconds without being reloaded, and says so to screen readers. Without JavaScript the same page reloads
// itself while the ceremony is on; a past edition's page does not. The test makes its own award, edition,
// category and films (the seeded results are checked by other specs) and removes them afterwards.
import { expect, test } from '@playwright/test';
import { ADMIN_STATE } from './accounts';
import { prepareCeremonyToday, removeCeremony } from './fixtures/ceremony-today';

test('a winner entered by an admin appears on an open edition page without a reload', async ({ page, browser }) => {
  const stamp = `${Date.now()}`;
  const made = prepareCeremonyToday('Live', stamp);
  const winner = made.films[0]!.title;
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  try {
    // The fan's page (anonymous) opens and starts listening.
    const listening = page.waitForResponse((response) => response.url().endsWith('/api/live'));
    await page.goto(made.path);
    expect((await listening).headers()['content-type']).toMatch(/^text\/event-stream/);
    const nominee = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: winner, exact: true }) });
    await expect(nominee.locator('.status')).toHaveText('Nominated');
    let reloaded = false;
    page.on('load', () => (reloaded = true));

    // The admin marks the winner on the ceremony-night screen.
    const screen = await admin.newPage();
    await screen.goto(`/admin/results/${made.award.slug}/${made.edition.slug}`);
    await screen.getByRole('button', { name: `Mark winner: ${winner}` }).click();
    await expect(screen.getByRole('status').filter({ hasText: `${winner} marked winner.` })).toBeVisible();
    // With a winner in, marking another nominee would make a tie, and its button says so before any click.
    const other = made.films[1]!.title;
    await expect(screen.getByRole('button', { name: `Mark joint winner: ${other}` })).toHaveAccessibleDescription(
      `A tie with ${winner}.`,
    );

    // The fan's page follows within seconds, by itself.
    await expect(nominee.locator('.status')).toHaveText('Won', { timeout: 10_000 });
    await expect(page.getByRole('status').filter({ hasText: /^Results updated at/ })).toHaveCount(1);
    expect(reloaded).toBe(false);
  } finally {
    await admin.close();
    removeCeremony(made);
  }
});

test('without JavaScript a live edition page reloads itself, and a past one does not', async ({ browser }) => {
  const stamp = `${Date.now()}`;
  const made = prepareCeremonyToday('Live', stamp);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(made.path);
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '30');
    // Playwright's text locators skip <noscript>, whose content a browser without JavaScript does show.
    await expect(page.locator('noscript p')).toContainText('this page reloads itself every 30 seconds');
    await expect(page.locator('noscript p')).toBeVisible();
    await page.goto('/awards/ida-documentary-awards/2016');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2016 IDA Documentary Awards');
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  } finally {
    await context.close();
    removeCeremony(made);
  }
});
