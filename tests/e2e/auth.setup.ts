// Runs before the desktop and phone projects (the 'setup' project in playwright.config.ts): makes an admin
// and an editor through the `laurels admin` command, as a person would, against the e2e database, signs each
// in through the login page and saves the browser state for the specs (tests/e2e/accounts.ts). Safe to rerun:
// an account that exists gets its password reset instead.
import { spawnSync } from 'node:child_process';
import { expect, test as setup } from '@playwright/test';
import { E2E_DB } from '../../playwright.config';
import { ADMIN, ADMIN_STATE, EDITOR, EDITOR_STATE } from './accounts';

type Account = typeof ADMIN | typeof EDITOR;

function laurels(args: string[], password: string) {
  return spawnSync('npx', ['tsx', 'jobs/cli.ts', 'admin', ...args], {
    input: `${password}\n`,
    encoding: 'utf8',
    env: { ...process.env, LAURELS_DB: E2E_DB },
  });
}

function ensureAccount(account: Account): void {
  const created = laurels(['create', '--email', account.email, '--role', account.role], account.password);
  if (created.status === 0) return;
  expect(created.stderr, 'laurels admin create').toContain('already exists');
  const reset = laurels(['reset-password', '--email', account.email], account.password);
  expect(reset.status, `laurels admin reset-password: ${reset.stderr}`).toBe(0);
}

for (const [account, statePath] of [
  [ADMIN, ADMIN_STATE],
  [EDITOR, EDITOR_STATE],
] as const) {
  setup(`sign in as the ${account.role}`, async ({ page }) => {
    ensureAccount(account);
    await page.goto('/login');
    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('navigation', { name: 'Admin' })).toContainText(`Signed in as ${account.email}`);
    await page.context().storageState({ path: statePath });
  });
}
