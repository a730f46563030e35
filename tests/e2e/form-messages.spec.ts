// The admin forms answer a field left blank in their own words, beside the field, as the award and
// source forms always did: the browser's own popup would say only "Please fill out this field". Each form
// is sent blank and the server's sentence must show, which it cannot while the browser holds the form back.
import { expect, test } from '@playwright/test';
import { ADMIN_STATE, EDITOR_STATE } from './accounts';

test.describe('as an editor', () => {
  test.use({ storageState: EDITOR_STATE });

  test('film, alias, credit and password forms', async ({ page }) => {
    await page.goto('/admin/films/new');
    await page.getByRole('button', { name: 'Create film' }).click();
    await expect(page.getByText('A film needs a title.')).toBeVisible();

    const title = `E2E Blank Fields ${Date.now()}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Create film' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);

    await page.getByRole('button', { name: 'Add alias' }).click();
    await expect(page.getByText('Type the other title.')).toBeVisible();
    await page.getByRole('button', { name: 'Add credit' }).click();
    await expect(page.getByText('Type the person’s name.')).toBeVisible();

    await page.goto('/admin/account');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Type your current password.')).toBeVisible();
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: ADMIN_STATE });

  test('the invitation form', async ({ page }) => {
    await page.goto('/admin/accounts');
    await page.getByRole('button', { name: 'Add account' }).click();
    await expect(page.getByText('Give the email address they sign in with.')).toBeVisible();
  });
});
