// First-load JavaScript per page, measured the way a reader pays for it: each page opened once in
// Chromium (Debian's, through Playwright) with an empty cache, adding up the compressed bytes of every
// script it fetched until the network went quiet. The framework's floor is the same figure for a page
// with no code of its own (the not-found page inside the root layout).
import { chromium } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Compressed kilobytes (1,000 bytes) of JavaScript each path loads, in the order given. */
export async function measureFirstLoadJs(origin: string, paths: readonly string[]): Promise<Map<string, number>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const sizes = new Map<string, number>();
  try {
    for (const path of paths) {
      // A new context each time: nothing cached from the page before.
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.sizes().then((size) => size.responseBodySize));
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const bytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
      sizes.set(path, bytes / 1000);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return sizes;
}
