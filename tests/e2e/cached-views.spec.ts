// Home, search and the A–Z lists are served from the page cache (proxy.ts, app/_lib/cached-views.ts), yet
// never show what the database no longer says: a write from another process (as the CLI, a job or a second
// app instance makes) shows on the next load, and two searches are never answered with each other's page.
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { E2E_DB } from '../../playwright.config';
import { ADMIN_STATE } from './accounts';

/** Renames a film from a connection of its own for the length of `body`, then puts its title back. */
async function withFilmRenamed(slug: string, title: string, body: () => Promise<void>) {
  const db = new Database(E2E_DB);
  const before = db.prepare(`select title from films where slug = ?`).pluck().get(slug) as string;
  try {
    db.prepare(`update films set title = ? where slug = ?`).run(title, slug);
    await body();
  } finally {
    db.prepare(`update films set title = ? where slug = ?`).run(before, slug);
    db.close();
  }
}

/**
 * Loads `path` until it comes from the page cache. Another worker's write makes a load a miss, and while
 * the ceremony-night and merge tests write, several in a row can be (5 s of misses was seen in CI).
 */
async function loadCached(page: Page, path: string) {
  await expect
    .poll(
      async () => {
        const response = await page.goto(path);
        expect(response?.headers()['cache-control']).toBe('no-cache');
        return response?.headers()['x-nextjs-cache'];
      },
      { timeout: 20_000 },
    )
    .toBe('HIT');
}

test('a search page shows a change made by another process on the next load', async ({ page }) => {
  // A film no other test looks for, so that renaming it for a moment disturbs nothing running beside.
  const path = '/search?q=norway+revolt';
  await loadCached(page, path);
  await expect(page.getByRole('link', { name: 'Norway in Revolt', exact: true }).first()).toBeVisible();
  await withFilmRenamed('norway-in-revolt-1941', 'Norway in Revolt (renamed)', async () => {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Norway in Revolt (renamed)' }).first()).toBeVisible();
    await expect(page).toHaveURL(/\/search\?q=norway\+revolt$/); // the address the visitor asked for
  });
});

test('two searches are answered with their own pages, each with its own form values', async ({ page }) => {
  for (const [query, film] of [
    ['lovers+despot', 'The Lovers and the Despot'],
    ['o.j.+made+america', 'O.J.: Made in America'],
  ] as const) {
    await loadCached(page, `/search?q=${query}`);
    await expect(page.getByRole('link', { name: film, exact: true }).first()).toBeVisible();
    await expect(page.locator('#search-q')).toHaveValue(query.replaceAll('+', ' '));
  }
  // A parameter the page does not read changes nothing.
  await page.goto('/search?utm_source=x&q=lovers+despot');
  await expect(page.getByRole('link', { name: 'The Lovers and the Despot', exact: true }).first()).toBeVisible();
});

test('an A–Z page shows a change made by another process on the next load', async ({ page }) => {
  const path = '/films?letter=n';
  await loadCached(page, path);
  await expect(page.getByRole('link', { name: 'Norway in Revolt', exact: true })).toBeVisible();
  await withFilmRenamed('norway-in-revolt-1941', 'Norway in Revolt (renamed)', async () => {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Norway in Revolt (renamed)' })).toBeVisible();
    await expect(page).toHaveURL(/\/films\?letter=n$/);
  });
  // The list of people has addresses of its own.
  await loadCached(page, '/people?letter=n');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People and companies');
});

test('a bad search parameter still gets its sentence from a cached page', async ({ page }) => {
  await loadCached(page, '/search?q=war&page=0');
  await expect(page.getByRole('alert').filter({ hasText: 'This search cannot run as written' })).toContainText(
    'Pages start at 1.',
  );
});

test('the home page shows a change made by another process on the next load', async ({ page }) => {
  await loadCached(page, '/');
  const recent = page.getByRole('region', { name: 'Recent editions' });
  const link = recent.getByRole('link').first();
  const [, award, edition] = /^\/awards\/([^/]+)\/([^/]+)$/.exec((await link.getAttribute('href')) ?? '') ?? [];
  const name = (await link.textContent()) ?? '';
  const db = new Database(E2E_DB);
  const rename = db.prepare(
    `update editions set name = ? where slug = ? and award_id = (select id from awards where slug = ?)`,
  );
  try {
    rename.run(`${name} (renamed)`, edition, award);
    await page.goto('/');
    await expect(recent.getByRole('link', { name: `${name} (renamed)` })).toBeVisible();
  } finally {
    rename.run(name, edition, award);
    db.close();
  }
});

test('the sign-in page comes from the page cache for a visitor without a session, and sends a signed-in one on', async ({
  page,
  browser,
}) => {
  await loadCached(page, '/login?next=%2Fadmin%2Freview');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  // Where to return is kept by the cached page's form too.
  await expect(page.locator('input[name="next"]')).toHaveValue('/admin/review');
  // Someone signed in asks the page itself, which sends them on instead of showing the form.
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const signedIn = await admin.newPage();
  await signedIn.goto('/login?next=%2Fadmin%2Freview');
  await expect(signedIn).toHaveURL(/\/admin\/review$/);
  await admin.close();
});
