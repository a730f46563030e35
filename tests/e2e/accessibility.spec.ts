// Every public page, checked by axe in a real browser: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/awards',
  '/awards/academy-awards',
  '/awards/academy-awards/89th',
  '/awards/ida-documentary-awards/2016',
  '/films/the-lovers-and-the-despot-2016',
  '/people/ava-duvernay',
  '/search?q=13th',
  // One word longer than a phone's line, quoted back by the page.
  `/search?q=${'documentary'.repeat(16)}`,
  '/search?award=academy-awards&won=1&from=2000&to=2016',
  // A search that finds nothing and suggests a spelling, and one whose words name editions and a category.
  '/search?q=lovrs+and+the+dsepot',
  '/search?q=oscar+2017+documentary+winners',
  '/sources',
  '/awards/academy-awards/2016',
  '/films/no-such-film',
  '/dashboard',
  '/api',
  '/feeds',
  '/films?letter=t',
  '/people?letter=e',
];

for (const path of pages) {
  test(`${path} has no serious accessibility violations @phone`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test(`${path} fits the screen without sideways scrolling @phone`, async ({ page }) => {
    // The narrowest phones in common use, narrower than the phone project's.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
