// Catalogue pages are served from a cache, yet never show what the database no longer says: a write
// from another process (as the CLI, a job or a second app instance makes) shows on the next load.
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { E2E_DB } from '../../playwright.config';

test('a film page shows a change made by another process on the next load', async ({ page }) => {
  const path = '/films/o-j-made-in-america-2016';
  const aka = page.locator('dt', { hasText: 'Also known as' });
  await page.goto(path);
  await page.goto(path); // served from the page cache now
  await expect(aka).toBeVisible();

  const db = new Database(E2E_DB);
  try {
    const alias = db.prepare(`select * from film_aliases where alias = 'OJ: Made in America'`).get() as Record<
      string,
      unknown
    >;
    db.prepare(`delete from film_aliases where id = ?`).run(alias.id);
    await page.goto(path);
    await expect(aka).toHaveCount(0);

    db.prepare(
      `insert into film_aliases (id, film_id, alias, folded, kind) values (@id, @film_id, @alias, @folded, @kind)`,
    ).run(alias);
    await page.goto(path);
    await expect(page.getByText('OJ: Made in America', { exact: true })).toBeVisible();
  } finally {
    db.close();
  }
});
