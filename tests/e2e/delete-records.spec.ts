// An admin deletes a film entered by mistake from its admin page: a box to tick, then back to the films
// list with a message, and the film's public address is a 404. A film still named by a nomination is
// refused with the reason, and an editor is not offered the form at all.
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { ensureFilm } from '../../db/queries/films';
import { E2E_DB } from '../../playwright.config';
import { ADMIN_STATE, EDITOR_STATE } from './accounts';

function createTypo(stamp: string) {
  const db = openDatabase(E2E_DB);
  try {
    return ensureFilm(db, { title: `E2E Delete Typo ${stamp}`, year: 2016 }, 'e2e').film;
  } finally {
    db.$client.close();
  }
}

test.describe('as an admin', () => {
  test.use({ storageState: ADMIN_STATE });

  test('a film entered by mistake is deleted after ticking the box', async ({ page }) => {
    const typo = createTypo(String(Date.now()));
    await page.goto(`/admin/films/${typo.slug}`);
    const form = page.getByRole('form', { name: 'Delete this film' });
    await form.getByRole('checkbox', { name: `Yes, delete “${typo.title}”` }).check();
    await form.getByRole('button', { name: 'Delete film' }).click();
    await expect(page).toHaveURL(/\/admin\/films\?deleted=/);
    await expect(page.getByRole('status').filter({ hasText: `“${typo.title}” was deleted.` })).toBeVisible();
    expect((await page.request.get(`/films/${typo.slug}`)).status()).toBe(404);
  });

  test('a film named by a nomination is refused, with the reason beside the button', async ({ page }) => {
    await page.goto('/admin/films/13th-2016');
    const form = page.getByRole('form', { name: 'Delete this film' });
    await form.getByRole('checkbox', { name: 'Yes, delete “13th”' }).check();
    await form.getByRole('button', { name: 'Delete film' }).click();
    await expect(form.getByRole('alert')).toContainText('“13th” was not deleted:');
    await expect(page).toHaveURL(/\/admin\/films\/13th-2016$/);
  });
});

test.describe('as an editor', () => {
  test.use({ storageState: EDITOR_STATE });

  test('no delete form is offered', async ({ page }) => {
    await page.goto('/admin/films/13th-2016');
    await expect(page.getByRole('heading', { name: 'Edit film: 13th' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Delete this film' })).toHaveCount(0);
  });
});
