// The accounts page is for admins only: an admin sees every account and can disable one, which signs it
// out at once, or change its role, and adds an account with a one-time link its holder chooses a password
// with; an editor is refused with a 403, and changes their own password from their account page.
import { expect, test, type Page } from '@playwright/test';
import { hashPassword } from '../../app/_lib/passwords';
import { openDatabase } from '../../db/client';
import { createUser } from '../../db/queries/users';
import { E2E_DB } from '../../playwright.config';
import { ADMIN, ADMIN_STATE, EDITOR, EDITOR_STATE } from './accounts';

/** Signs in on the sign-in page the browser is on, and waits to land on the admin home. */
async function signInHere(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** An editor account of this test's own, so the shared accounts the other specs sign in with stay as they are. */
async function createEditor(email: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const db = openDatabase(E2E_DB);
  try {
    createUser(db, { email, role: 'editor', passwordHash }, 'e2e');
  } finally {
    db.$client.close();
  }
}

test.describe('as an admin', () => {
  test.use({ storageState: ADMIN_STATE });

  test('lists the accounts with their roles', async ({ page }) => {
    await page.goto('/admin');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Accounts' }).click();
    const editorRow = page.getByRole('row').filter({ hasText: EDITOR.email });
    await expect(editorRow).toContainText('Editor');
    // The admin's own row offers nothing to lock themselves out with.
    const ownRow = page.getByRole('row').filter({ hasText: ADMIN.email });
    await expect(ownRow).toContainText('Your own account: another admin manages it.');
    await expect(ownRow.getByRole('button')).toHaveCount(0);
    await expect(editorRow.getByRole('button', { name: `Disable ${EDITOR.email}` })).toBeVisible();
  });

  test('adds an account whose holder chooses a password through the link, once, and signs in with it', async ({
    page,
    browser,
  }) => {
    const email = `invited-${Date.now()}@laurels.test`;
    await page.goto('/admin/accounts');
    const invite = page.getByRole('form', { name: 'Add an account' });
    await invite.getByLabel('Email').fill(email);
    await invite.getByLabel('Role').selectOption('editor');
    await invite.getByRole('button', { name: 'Add account' }).click();
    await expect(invite.getByRole('status')).toContainText(`Account added for ${email}.`);
    const link = await invite.getByLabel('Password link').inputValue();
    expect(link).toMatch(/\/password\?token=/);

    const theirs = await browser.newContext({ storageState: undefined });
    const them = await theirs.newPage();
    await them.goto(new URL(link).pathname + new URL(link).search);
    await expect(them.getByRole('heading', { name: 'Choose a password' })).toBeVisible();
    await expect(them.getByText(`For ${email}, a new account`)).toBeVisible();
    await them.getByLabel(/^New password/).fill('the invited editor passphrase');
    await them.getByLabel('The same password again').fill('the invited editor passphrase');
    await them.getByRole('button', { name: 'Set password' }).click();
    await expect(them).toHaveURL(/\/login\?password-set=1$/);
    await expect(them.getByRole('status')).toHaveText('Your password is set: sign in with it.');
    await signInHere(them, email, 'the invited editor passphrase');

    // The link worked once.
    await them.goto(new URL(link).pathname + new URL(link).search);
    await expect(them.getByText(/^This link has been used or has expired/)).toBeVisible();
    // Without a link at all, the page says what it is for rather than that a link expired.
    await them.goto('/password');
    await expect(them.getByText(/^This page sets a password from the link an admin gives you/)).toBeVisible();
    await theirs.close();
  });

  test('sets the password from a link without JavaScript, and says so on the sign-in page', async ({
    page,
    browser,
  }) => {
    const email = `no-script-${Date.now()}@laurels.test`;
    await page.goto('/admin/accounts');
    const invite = page.getByRole('form', { name: 'Add an account' });
    await invite.getByLabel('Email').fill(email);
    await invite.getByLabel('Role').selectOption('editor');
    await invite.getByRole('button', { name: 'Add account' }).click();
    const link = await invite.getByLabel('Password link').inputValue();

    const theirs = await browser.newContext({ storageState: undefined, javaScriptEnabled: false });
    const them = await theirs.newPage();
    await them.goto(new URL(link).pathname + new URL(link).search);
    await them.getByLabel(/^New password/).fill('a script free passphrase');
    await them.getByLabel('The same password again').fill('a script free passphrase');
    await them.getByRole('button', { name: 'Set password' }).click();
    await expect(them).toHaveURL(/\/login\?password-set=1$/);
    await expect(them.getByRole('status')).toHaveText('Your password is set: sign in with it.');
    await signInHere(them, email, 'a script free passphrase');
    await theirs.close();
  });

  test('disables an account, which is signed out at once, and makes it an admin once enabled', async ({
    page,
    browser,
  }) => {
    const email = `leaving-${Date.now()}@laurels.test`;
    const password = 'a password for the leaving editor';
    await createEditor(email, password);
    const theirs = await browser.newContext({ storageState: undefined });
    const them = await theirs.newPage();
    await them.goto('/login');
    await signInHere(them, email, password);

    await page.goto('/admin/accounts');
    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByRole('button', { name: `Disable ${email}` }).click();
    await expect(row.getByRole('status')).toHaveText(
      `${email} is disabled: it cannot sign in, and its sessions are ended.`,
    );
    await expect(row).toContainText('(disabled)');
    await them.goto('/admin');
    await expect(them).toHaveURL(/\/login/);

    await row.getByRole('button', { name: `Enable ${email}` }).click();
    await expect(row.getByRole('status')).toHaveText(`${email} can sign in again.`);
    await row.getByLabel(`Role of ${email}`, { exact: true }).selectOption('admin');
    await row.getByRole('button', { name: `Save the role of ${email}` }).click();
    await expect(row.getByRole('status')).toHaveText(`${email} is an admin.`);
    await expect(row.getByRole('cell', { name: 'Admin', exact: true })).toBeVisible();
    await theirs.close();
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

test('an editor changes their own password from the account page, and signs in with it', async ({ browser }) => {
  const email = `own-password-${Date.now()}@laurels.test`;
  const password = 'the first password of mine';
  const next = 'my second password, longer';
  await createEditor(email, password);
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  await page.goto('/login');
  await signInHere(page, email, password);
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: email }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');

  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel(/^New password/).fill(next);
  await page.getByLabel('The new password again').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#password-current-error')).toHaveText('That is not your current password.');

  await page.getByLabel('Current password').fill(password);
  await page.getByLabel(/^New password/).fill(next);
  await page.getByLabel('The new password again').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password is changed.' })).toBeVisible();
  // Still signed in here; and the new password is the one that signs in.
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInHere(page, email, next);
  await context.close();
});
