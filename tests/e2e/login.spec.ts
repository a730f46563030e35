// Signing in and out as an admin would: a wrong password, the limit on failed attempts, being sent to sign in
// and brought back, signing out for good, and all of it without JavaScript too. Failed sign-ins here come
// from addresses of their own (x-forwarded-for), so they do not count against the one address every other
// spec signs in from.
import { randomInt } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EDITOR } from './accounts';

/** A documentation address (RFC 5737) for this test's sign-ins; should two tests draw the same, both fit the limit. */
async function fromOwnAddress(page: Page): Promise<void> {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${randomInt(1, 255)}` });
}

/** Fills the form and sends it, returning once the server has answered (with or without JavaScript). */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await answered;
  await expect(page.getByRole('button', { name: /^Sign (in|out)$/ })).toBeEnabled();
}

/** The form's message (Next.js keeps a route announcer with role=alert of its own outside <main>). */
const formAlert = (page: Page) => page.getByRole('main').getByRole('alert');

const WRONG = 'That email and password do not match an account. Check both and try again.';

test('a wrong password is refused with a clear message, and the email stays filled in', async ({ page }) => {
  await fromOwnAddress(page);
  await page.goto('/login');
  await signIn(page, EDITOR.email, 'not the password at all');
  await expect(formAlert(page)).toHaveText(WRONG);
  await expect(page.getByLabel('Email address')).toHaveValue(EDITOR.email);
  await expect(page).toHaveURL(/\/login/);
});

test('the 6th failed sign-in for an account within 15 minutes is refused with the limit', async ({ page }, info) => {
  await fromOwnAddress(page);
  // An account of its own per run and retry: the limit counts per email, whether or not it has an account.
  const email = `limit-${info.retry}-${Date.now()}@laurels.test`;
  await page.goto('/login');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `guess number ${attempt}`);
    await expect(formAlert(page)).toHaveText(WRONG);
  }
  await signIn(page, email, 'guess number 6');
  await expect(formAlert(page)).toHaveText(/^Too many failed sign-ins for this account; try again in 1[45] minutes\.$/);
});

test('an admin page sends a visitor to sign in, and back to it afterwards', async ({ page }) => {
  await page.goto('/admin?from=e2e');
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%3Ffrom%3De2e$/);
  await signIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin\?from=e2e$/);
  await expect(page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
  // The admin home leads to each ceremony's results screen (other specs add editions of their own, so
  // the seeded ones are looked up by name rather than by position).
  const ceremonies = page.getByRole('list', { name: 'Enter results' }).getByRole('link');
  await expect(ceremonies.filter({ hasText: /^89th Academy Awards$/ })).toHaveAttribute(
    'href',
    '/admin/results/academy-awards/89th',
  );
  await expect(ceremonies.filter({ hasText: '2016 IDA Documentary Awards' })).toHaveAttribute(
    'href',
    '/admin/results/ida-documentary-awards/2016',
  );
});

test('signing out ends the session: the old cookie no longer opens the admin pages', async ({ page, browser }) => {
  // A session of its own (not the saved one other specs use), signed in through the form.
  await page.goto('/login');
  await signIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === 'laurels_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?signed-out=1$/);
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  expect((await page.context().cookies()).find((cookie) => cookie.name === 'laurels_session')).toBeUndefined();

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const again = await replay.newPage();
  await again.goto('/admin');
  await expect(again).toHaveURL(/\/login\?next=%2Fadmin$/);
  await replay.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still signs in, refuses, and signs out', async ({ page }) => {
    await fromOwnAddress(page);
    await page.goto('/login?next=%2Fadmin');
    await signIn(page, EDITOR.email, 'not the password at all');
    await expect(formAlert(page)).toHaveText(WRONG);
    await signIn(page, EDITOR.email, EDITOR.password);
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login\?signed-out=1$/);
  });

  test('a form posted after the session is gone leads to the sign-in page and back', async ({ page, context }) => {
    await fromOwnAddress(page);
    await page.goto('/login?next=%2Fadmin');
    await signIn(page, EDITOR.email, EDITOR.password);
    await expect(page).toHaveURL(/\/admin$/);
    // The session ends in another tab; this page's form is posted all the same.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  });
});

test('the sign-in page, with a message shown, has no serious accessibility violations @phone', async ({ page }) => {
  await fromOwnAddress(page);
  await page.goto('/login');
  await signIn(page, 'someone@laurels.test', 'not the password at all');
  await expect(formAlert(page)).toHaveText(WRONG);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
