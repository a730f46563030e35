// Every admin page, checked by axe in a real browser as an admin sees it: no serious or critical
// violations, and no sideways scrolling of the page itself on a phone (wide tables scroll in their frame).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { ensureAward } from '../../db/queries/catalogue';
import { E2E_DB } from '../../playwright.config';
import { ADMIN_STATE } from './accounts';

test.use({ storageState: ADMIN_STATE });

const pages = [
  '/admin',
  '/admin/results/ida-documentary-awards/2016',
  '/admin/awards',
  '/admin/awards/new',
  '/admin/awards/ida-documentary-awards',
  '/admin/editions/ida-documentary-awards/2016',
  '/admin/editions/ida-documentary-awards/new',
  '/admin/films',
  '/admin/films/new',
  '/admin/films/13th-2016',
  '/admin/films/13th-2016/merge',
  '/admin/people',
  '/admin/people/ava-duvernay',
  '/admin/import',
  '/admin/review',
  '/admin/sources',
  '/admin/health',
  '/admin/accounts',
];

for (const path of pages) {
  test(`${path} has no serious accessibility violations and fits the screen @phone`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('a long award name wraps: the awards list and the source form still fit a phone @phone', async ({ page }) => {
  const db = openDatabase(E2E_DB);
  const name = `The International Festival of Documentary Cinema ${Date.now()}, Competition for Feature-Length Works`;
  const award = ensureAward(db, { slug: `long-name-${Date.now()}`, name, kind: 'festival' }, 'e2e');
  try {
    // The list names it in a table; the source form offers it in a select.
    for (const path of ['/admin/awards', '/admin/sources']) {
      await page.goto(path);
      await expect(page.getByText(name).first()).toBeAttached();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  } finally {
    db.$client.prepare('delete from awards where id = ?').run(award.id);
    db.$client.close();
  }
});

test('a box to tick sits beside its label, at a size a finger can hit @phone', async ({ page }) => {
  await page.goto('/admin/films/13th-2016');
  const box = await page.getByLabel('It is a documentary').boundingBox();
  const label = await page.locator('label[for="film-isDocumentary"]').boundingBox();
  // Not stretched across the column (it measured 351 × 13 on a phone), and on the label's line.
  expect(box!.width).toBeLessThan(40);
  expect(box!.height).toBeGreaterThanOrEqual(18);
  expect(label!.x).toBeGreaterThan(box!.x + box!.width);
  expect(Math.abs(label!.y + label!.height / 2 - (box!.y + box!.height / 2))).toBeLessThan(12);
});
