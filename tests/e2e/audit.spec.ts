// The audit log as an admin reads it: filtered to nominations, each entry linked to its edition page and to
// its own history, paged with the filter kept, a person found by their email, a wrong filter explained on
// the page; an editor may read it too, without the entries about accounts; and a visitor who is not signed
// in is sent to sign in.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, ADMIN_STATE, EDITOR_STATE } from './accounts';

/** The Entity cell (the fourth column) of every entry on the page. */
const entityCells = (page: Page) => page.locator('table.audit-table tbody tr td:nth-child(4)');

test.describe('an admin', () => {
  test.use({ storageState: ADMIN_STATE });

  test('filters the audit log to nominations and follows one nomination’s history', async ({ page }) => {
    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
    await expect(page.getByText(/The log is append-only/)).toBeVisible();

    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await filters.getByLabel('Entity type').selectOption('nomination');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/\/admin\/audit\?(.+&)?entity=nomination/);
    await expect(filters.getByLabel('Entity type')).toHaveValue('nomination');

    // The seed alone logs hundreds of nominations: a full page, each entry about a nomination.
    await expect(entityCells(page)).toHaveCount(50);
    for (const cell of await entityCells(page).all()) await expect(cell).toContainText(/^nomination \d+/);
    // A nomination is shown on its edition's page, at its category.
    const first = entityCells(page).first();
    await expect(first.getByRole('link').nth(1)).toHaveAttribute('href', /^\/awards\/[^/]+\/[^/#]+#category-/);

    // The next page keeps the filter.
    await page.getByRole('navigation', { name: 'Pages of the audit log' }).getByRole('link', { name: /Older/ }).click();
    await expect(page).toHaveURL(/entity=nomination/);
    await expect(page).toHaveURL(/older=\d+/);
    await expect(entityCells(page).first()).toContainText(/^nomination \d+/);

    // One nomination's history: the address other admin screens link to.
    const history = entityCells(page)
      .first()
      .getByRole('link', { name: /^nomination \d+$/ });
    const label = (await history.textContent()) ?? '';
    await history.click();
    await expect(page).toHaveURL(new RegExp(`entity=nomination&id=${label.replace('nomination ', '')}$`));
    for (const cell of await entityCells(page).all()) await expect(cell).toContainText(label);
  });

  test('finds their own sign-in under their email', async ({ page }) => {
    await page.goto('/admin/audit');
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await filters.getByLabel('Who').selectOption({ label: ADMIN.email });
    await filters.getByLabel('Action').selectOption('user.sign-in');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/actor=user%3A\d+/);
    // The auth setup signed in through the login page: that is logged, the account named by its email.
    const entry = page.locator('table.audit-table tbody tr').first();
    await expect(entry.locator('td').nth(1)).toHaveText(ADMIN.email);
    await expect(entry.locator('td').nth(2)).toHaveText('user.sign-in');
    await expect(entry.locator('td').nth(3)).toContainText(ADMIN.email);
  });

  for (const path of ['/admin/audit', '/admin/audit?entity=nomination&id=twelve']) {
    test(`${path} has no serious accessibility violations and fits the screen @phone`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      // The table scrolls inside its own frame on a narrow screen; the page itself does not.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('sees a clear message, not an error page, for a filter that cannot be used', async ({ page }) => {
    const response = await page.goto('/admin/audit?entity=nomination&id=twelve&from=2016-13-01');
    expect(response?.status()).toBe(200);
    // (Next.js keeps an empty route announcer with the same role on every page.)
    const alert = page.getByRole('alert').filter({ hasText: 'These filters cannot be used' });
    await expect(alert).toContainText('The entity id is a whole number, such as 12.');
    await expect(alert).toContainText('“From” is not a day of the calendar.');
    // The form shows what was typed, to be corrected.
    await expect(page.getByLabel('Entity id')).toHaveValue('twelve');
  });
});

test.describe('an editor', () => {
  test.use({ storageState: EDITOR_STATE });

  test('reads the audit log too', async ({ page }) => {
    await page.goto('/admin/audit?entity=nomination');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
    await expect(entityCells(page).first()).toContainText(/^nomination \d+/);
  });

  test('but not the entries about accounts: roles and sign-ins are for admins', async ({ page }) => {
    // The admin's sign-in is in the log (the auth setup signed in through the login page).
    await page.goto('/admin/audit?entity=user');
    await expect(page.getByText('No entries match these filters.')).toBeVisible();
    await expect(page.locator('table.audit-table')).toHaveCount(0);
    await page.goto('/admin/audit');
    await expect(page.locator('table.audit-table tbody tr').first()).toBeVisible();
    await expect(page.locator('table.audit-table')).not.toContainText('user.sign-in');
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await expect(filters.getByLabel('Action').locator('option', { hasText: /^user\./ })).toHaveCount(0);
    await expect(filters.getByLabel('Entity type').locator('option[value="user"]')).toHaveCount(0);
  });
});

test.describe('a visitor who is not signed in', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('is sent to sign in, and nothing of the log is shown', async ({ page }) => {
    await page.goto('/admin/audit?entity=nomination');
    await expect(page).toHaveURL(/\/login\?next=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('next') ?? '')).toBe(
      '/admin/audit?entity=nomination',
    );
    await expect(page.locator('table.audit-table')).toHaveCount(0);
  });
});
