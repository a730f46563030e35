// Ceremony night as an admin works it: on the results screen of the 2016 IDA Documentary Awards, undo
// 13th's win in the ABC News VideoSource Award and mark it again from the keyboard, checking after each
// click that the public edition page and the film page say the same; then two admins clicking the
// same nominee at once, where the second is told what happened instead of overwriting it; and a second
// admin's screen following the first one's click without a reload.
// Each test leaves the seeded results as it found them (13th and O.J.: Made in America won).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN_STATE } from './accounts';

const SCREEN = '/admin/results/ida-documentary-awards/2016';
const EDITION_PAGE = '/awards/ida-documentary-awards/2016';
const FILM_PAGE = '/films/13th-2016';

test.use({ storageState: ADMIN_STATE });
// Both tests change the same seeded edition: one at a time.
test.describe.configure({ mode: 'serial' });

function category(page: Page, name: string) {
  // The section's name is its heading: the category's name, then its state ("Winner entered").
  return page.getByRole('region', { name: new RegExp(`^${name}`) });
}

async function expectPublicResult(page: Page, isWinner: boolean) {
  await page.goto(EDITION_PAGE);
  const videosource = page.getByRole('region', { name: 'ABC News VideoSource Award' });
  const thirteenth = videosource
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: '13th', exact: true }) });
  // The badge says it in words; the colour only repeats it.
  await expect(thirteenth.locator('.status')).toHaveText(isWinner ? 'Won' : 'Nominated');

  await page.goto(FILM_PAGE);
  const nomination = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^ABC News VideoSource Award/ }) });
  // The badge of the nomination's current status, before its history.
  await expect(nomination.locator('.timeline-status .status')).toHaveText(isWinner ? 'Won' : 'Nominated');
}

test("an admin undoes 13th's win and enters it again; the public pages follow each click", async ({ page }) => {
  await page.goto(SCREEN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results: 2016 IDA Documentary Awards');
  await page
    .getByRole('navigation', { name: 'Jump to category' })
    .getByRole('link', { name: 'ABC News VideoSource Award' })
    .click();
  const videosource = category(page, 'ABC News VideoSource Award');
  await expect(videosource.getByRole('heading')).toContainText('Winner entered');

  await videosource.getByRole('button', { name: 'Undo winner: 13th' }).click();
  await expect(videosource.getByRole('status').filter({ hasText: '13th is no longer a winner' })).toBeVisible();
  // 13th is now a nominee to mark in two categories: each button names its own, for a list of buttons.
  await expect(
    page.getByRole('button', { name: 'Mark winner: 13th in ABC News VideoSource Award', exact: true }),
  ).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Mark joint winner: 13th in Best Feature', exact: true })).toHaveCount(
    1,
  );
  const mark = videosource.getByRole('button', { name: 'Mark winner: 13th' });
  // The button pressed keeps the focus, so the next key press acts on the same nominee.
  await expect(mark).toBeFocused();
  await expect(videosource.getByRole('heading')).toContainText('Open');
  await expectPublicResult(page, false);

  await page.goto(SCREEN);
  await category(page, 'ABC News VideoSource Award').getByRole('button', { name: 'Mark winner: 13th' }).focus();
  await page.keyboard.press('Enter');
  const again = category(page, 'ABC News VideoSource Award');
  await expect(again.getByRole('status').filter({ hasText: '13th marked winner.' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Undo winner: 13th' })).toBeFocused();
  await expect(again.getByRole('heading')).toContainText('Winner entered');
  await expectPublicResult(page, true);
});

async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  return context.newPage();
}

test('two admins mark the same winner at once: the second is told it is already won, and sees it', async ({
  browser,
}) => {
  const first = await adminPage(browser);
  const second = await adminPage(browser);
  // The second screen must stay as loaded, as one does whose live updates have not arrived yet.
  await second.route('**/api/live**', (route) => route.abort());
  const winner = 'O.J.: Made in America';
  // Take the seeded win back first, so that there is a winner to enter.
  await first.goto(SCREEN);
  await category(first, 'Best Feature')
    .getByRole('button', { name: `Undo winner: ${winner}` })
    .click();
  await expect(category(first, 'Best Feature').getByRole('button', { name: `Mark winner: ${winner}` })).toBeVisible();

  // Both screens now show it nominated.
  await first.goto(SCREEN);
  await second.goto(SCREEN);
  await category(first, 'Best Feature')
    .getByRole('button', { name: `Mark winner: ${winner}` })
    .click();
  await expect(category(first, 'Best Feature').getByRole('status').filter({ hasText: 'marked winner' })).toBeVisible();

  await category(second, 'Best Feature')
    .getByRole('button', { name: `Mark winner: ${winner}` })
    .click();
  await expect(category(second, 'Best Feature').getByRole('status').filter({ hasText: 'Someone else' })).toHaveText(
    `Someone else changed ${winner} since you loaded the page: it is now “Won”. ` +
      'The page shows the current results; check them before trying again.',
  );
  // The second screen now shows what is true: the winner, with the button to undo it.
  await expect(category(second, 'Best Feature').getByRole('button', { name: `Undo winner: ${winner}` })).toBeVisible();
  await first.context().close();
  await second.context().close();
});

test('a second admin’s screen follows the first one’s click without a reload', async ({ browser }) => {
  const first = await adminPage(browser);
  const second = await adminPage(browser);
  const winner = 'O.J.: Made in America';
  await first.goto(SCREEN);
  await second.goto(SCREEN);
  await category(first, 'Best Feature')
    .getByRole('button', { name: `Undo winner: ${winner}` })
    .click();
  await expect(category(second, 'Best Feature').getByRole('button', { name: `Mark winner: ${winner}` })).toBeVisible();
  await category(first, 'Best Feature')
    .getByRole('button', { name: `Mark winner: ${winner}` })
    .click();
  await expect(category(second, 'Best Feature').getByRole('button', { name: `Undo winner: ${winner}` })).toBeVisible();
  await first.context().close();
  await second.context().close();
});
