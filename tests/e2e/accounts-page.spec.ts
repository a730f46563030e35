// The accounts page is for admins only: an admin sees every account; an editor is refused with a 403.
import { expect, test } from '@playwright/test';
import { ADMIN_STATE, EDITOR, EDITOR_STATE } from './accounts';

test.describe('as an admin', () => {
  test.use({ storageState: ADMIN_STATE });

  test('lists the accounts with their roles', async ({ page }) => {
    await page.goto('/admin');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Accounts' }).click();
    const editorRow = page.getByRole('row').filter({ hasText: EDITOR.email });
    await expect(editorRow).toContainText('Editor');
  });
});

test.describe('as an editor', () => {
  test.use({ storageState: EDITOR_STATE });

  test('is refused with a 403 and no account is shown', async ({ page }) => {
    const response = await page.goto('/admin/accounts');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Admins only');
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Accounts' })).toHaveCount(
      0,
    );
  });
});
