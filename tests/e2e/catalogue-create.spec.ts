// An editor builds a new corner of the catalogue: an award, an edition of it with its dates, a category
// linked to a new canonical category; the edition shows on the public award page at once. Then the award
// is edited in two tabs: the second save is refused with what the first one changed. Every record here
// is created by the test, under a name unique to the run, so seeded data is never touched.
import { expect, test, type Page } from '@playwright/test';
import { EDITOR_STATE } from './accounts';

test.use({ storageState: EDITOR_STATE });

async function createAward(page: Page, name: string): Promise<string> {
  await page.goto('/admin/awards/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Kind').selectOption('festival');
  await page.getByLabel('Organization', { exact: true }).selectOption('new');
  await page.getByLabel('New organization’s name').fill(`${name} Society`);
  await page.getByLabel('Web address').fill('https://example.org/');
  await page.getByRole('button', { name: 'Create award' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

test('an editor creates an award, an edition with dates and a category with a new canonical category', async ({
  page,
}) => {
  const stamp = Date.now();
  const name = `E2E Test Award ${stamp}`;
  const slug = await createAward(page, name);

  // Another name the award goes by, which search knows at once.
  await page.getByLabel('Add an alias').fill(`Zephyr Laurel ${stamp}`);
  await page.getByRole('button', { name: 'Add alias' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Alias “Zephyr Laurel ${stamp}” added.` })).toBeVisible();
  await page.goto(`/search?q=zephyr+laurel+${stamp}`);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await page.goto(`/admin/awards/${slug}`);

  await page.getByRole('link', { name: 'New edition' }).click();
  await page.getByLabel('Ordinal').fill('1');
  await page.getByLabel('Awards year').fill('2031');
  await page.getByLabel('Nominations date').fill('2031-10-01');
  await page.getByLabel('Ceremony date').fill('2031-12-05');
  await page.getByRole('button', { name: 'Create edition' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${slug}/1st$`));
  await expect(page.getByLabel(/Ceremony/)).toHaveValue('2031-12-05');

  await page.getByLabel('Category name').fill('Best Test Documentary');
  await page.getByLabel('Canonical category', { exact: true }).selectOption('new');
  await page.getByLabel('New canonical category’s name').fill('Best Test Documentary');
  await page.getByLabel('It is a documentary category').check();
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Category “Best Test Documentary” added.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit Best Test Documentary' })).toBeVisible();

  // The same name again is refused beside the field.
  await page.getByLabel('Category name').fill('best test documentary');
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByText('This edition already has “Best Test Documentary”.')).toBeVisible();

  await page.getByRole('link', { name: 'Edit Best Test Documentary' }).click();
  // The category is linked to the canonical category made with it.
  await expect(
    page.getByRole('combobox', { name: 'Canonical category', exact: true }).locator('option:checked'),
  ).toHaveText('Best Test Documentary');
  await page.getByLabel('Description').fill('A category made by an end-to-end test.');
  await page.getByRole('button', { name: 'Save category' }).click();
  await expect(page.getByText('Saved: description.')).toBeVisible();
  // The nominees come next: the category's page leads to the paste screen.
  await page.getByRole('link', { name: 'Add nominees to Best Test Documentary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Best Test Documentary');
  await expect(page.getByLabel('Nominees, one a line')).toBeVisible();

  await page.goto(`/awards/${slug}`);
  await expect(page.getByRole('link', { name: `1st ${name}` }).first()).toBeVisible();

  // The same year again: the edition already there is shown, and only "create anyway" makes a second.
  await page.goto(`/admin/editions/${slug}/new`);
  await page.getByLabel('Awards year').fill('2031');
  await page.getByRole('button', { name: 'Create edition' }).click();
  await expect(page.getByText(`An edition of this award in 2031 is already in the catalogue`)).toBeVisible();
  await expect(page.getByRole('link', { name: `1st ${name}` })).toHaveAttribute('href', `/admin/editions/${slug}/1st`);
  await expect(page.getByLabel('Awards year')).toHaveValue('2031');
  await page.getByLabel('Create anyway: it is another edition of that year').check();
  await page.getByRole('button', { name: 'Create edition' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${slug}/2031$`));
});

test('a second tab saving the award first: a different field merges, the same field is a conflict that undoes nothing', async ({
  page,
  context,
}) => {
  const name = `E2E Conflict Award ${Date.now()}`;
  const slug = await createAward(page, name);
  const other = await context.newPage();
  await other.goto(`/admin/awards/${slug}`);

  await other.getByLabel('Short name').fill('Theirs');
  await other.getByLabel('Description').fill('Their description.');
  await other.getByRole('button', { name: 'Save details' }).click();
  await expect(other.getByText('Saved: short name, description.')).toBeVisible();

  // This tab opened the award before that save: a field only it changed is saved beside theirs.
  await page.getByLabel('Web address').fill('https://example.org/e2e-award');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Saved: web address.')).toBeVisible();
  await expect(page.getByLabel('Description')).toHaveValue('Their description.');
  await page.getByLabel('Short name').fill('Mine');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Saved: short name.')).toBeVisible();

  // The other tab, not reloaded, changes the short name again: refused, naming both values, and its form
  // now shows the address saved meanwhile, so that saving again cannot undo it.
  await other.getByLabel('Short name').fill('Theirs again');
  await other.getByRole('button', { name: 'Save details' }).click();
  const alert = other.getByRole('alert').filter({ hasText: 'Someone else saved' });
  await expect(alert).toContainText('Someone else saved this award after you opened it');
  await expect(alert).toContainText('Short name: theirs “Mine”, yours “Theirs again”');
  await expect(other.getByLabel('Short name')).toHaveValue('Theirs again');
  await expect(other.getByLabel('Web address')).toHaveValue('https://example.org/e2e-award');

  await other.getByRole('button', { name: 'Save details' }).click();
  await expect(other.getByText('Saved: short name.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Short name')).toHaveValue('Theirs again');
  await expect(page.getByLabel('Description')).toHaveValue('Their description.');
  await expect(page.getByLabel('Web address')).toHaveValue('https://example.org/e2e-award');
});
