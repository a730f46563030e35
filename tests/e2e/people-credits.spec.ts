// An editor builds a film's record by hand: creates a film (a unique test title, so parallel runs and the
// seeded data are untouched), credits a person who is created on the way, corrects that person, and
// finds the credit on the public film and person pages; a second, stale save of the person is refused
// with what the first one changed.
import { expect, test, type Page } from '@playwright/test';
import { EDITOR_STATE } from './accounts';

test.use({ storageState: EDITOR_STATE });

async function createFilm(page: Page, title: string): Promise<string> {
  await page.goto('/admin/films');
  await page.getByRole('link', { name: 'New film' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Year', { exact: true }).fill('2024');
  await page.getByRole('button', { name: 'Create film' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit film: ${title}` })).toBeVisible();
  await expect(page.getByText(`“${title}” was created. Add what else you know below.`)).toBeVisible();
  return new URL(page.url()).pathname.replace('/admin/films/', '');
}

test('an editor creates a film, credits a new person, edits them and sees it in public', async ({ page }) => {
  const stamp = Date.now();
  const title = `E2E Test Film ${stamp}`;
  const person = `E2E Test Person ${stamp}`;
  const filmSlug = await createFilm(page, title);

  await page.getByLabel('Person or company').fill(person);
  await page.getByLabel('Role', { exact: true }).fill('director');
  await page.getByRole('button', { name: 'Add credit' }).click();
  await expect(page.getByText(`Nobody called “${person}” is in the catalogue`).first()).toBeVisible();
  await page.getByLabel('Create a new person if nobody has this name').check();
  await page.getByRole('button', { name: 'Add credit' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${person} added as director.` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Remove credit: ${person}, director` })).toBeVisible();

  await page.getByRole('link', { name: person, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit person: ${person}` })).toBeVisible();
  await page.getByLabel('Wikidata id').fill('Q999999999');
  await page.getByLabel('Name', { exact: true }).fill(`${person} Renamed`);
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Saved: name, wikidata id.')).toBeVisible();
  const personSlug = new URL(page.url()).pathname.replace('/admin/people/', '');

  await page.goto(`/films/${filmSlug}`);
  await expect(page.getByRole('region', { name: 'Credits' }).getByText(`${person} Renamed`)).toBeVisible();
  await page.goto(`/people/${personSlug}`);
  await expect(page.getByRole('link', { name: new RegExp(title) })).toBeVisible();

  await page.goto(`/admin/films?q=${encodeURIComponent(title.toLowerCase())}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('a stale save of a person is refused with what the other editor changed', async ({ page, context }) => {
  const stamp = Date.now();
  const name = `E2E Test Person ${stamp}`;
  await page.goto('/admin/people/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit person: ${name}` })).toBeVisible();

  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByLabel('Name', { exact: true }).fill(`${name} First`);
  await other.getByRole('button', { name: 'Save details' }).click();
  await expect(other.getByText('Saved: name.')).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill(`${name} Second`);
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Someone else saved' })).toContainText(
    `Name: saved now “${name} First”, yours “${name} Second”`,
  );
  await other.reload();
  await expect(other.getByLabel('Name', { exact: true })).toHaveValue(`${name} First`);
});

test('creating someone already in the catalogue shows them first, and creates a namesake once ticked', async ({
  page,
}) => {
  const name = `E2E Namesake ${Date.now()}`;
  const create = async (typed: string) => {
    await page.goto('/admin/people/new');
    await page.getByLabel('Name', { exact: true }).fill(typed);
    await page.getByRole('button', { name: 'Create person' }).click();
  };
  await create(name);
  await expect(page.getByRole('heading', { level: 1, name: `Edit person: ${name}` })).toBeVisible();
  const first = page.url();
  // Another case and spacing is the same name.
  await create(`  ${name.toUpperCase().replace(' ', '   ')}`);
  const already = page.getByRole('group', { name: 'Already in the catalogue' });
  await expect(already.getByRole('link', { name })).toHaveAttribute('href', new URL(first).pathname);
  await page.getByLabel('Create anyway: this is someone else').check();
  await page.getByRole('button', { name: 'Create person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Edit person: / })).toBeVisible();
  expect(page.url()).not.toBe(first);
});

test('a person named in another script has a public page at their slug', async ({ page }) => {
  // Their slug keeps the letters (Cyrillic here), so the address carries them %-escaped: the page must
  // find the record from the escaped segment as its title does.
  const name = `Тест Персона ${Date.now()}`;
  await page.goto('/admin/people/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit person: ${name}` })).toBeVisible();
  const personSlug = new URL(page.url()).pathname.replace('/admin/people/', '');
  expect(personSlug).toContain('%D1%82'); // т, escaped

  const response = await page.goto(`/people/${personSlug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(name));
});

test('a save on a page opened before another editor saved keeps their change and adds this one', async ({
  page,
  context,
}) => {
  const title = `E2E Test Film ${Date.now()}`;
  await createFilm(page, title);
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByLabel('Runtime (minutes)').fill('98');
  await other.getByRole('button', { name: 'Save details' }).click();
  await expect(other.getByText('Saved: runtime (minutes).')).toBeVisible();

  // This page still shows the film as it was before that save.
  await page.getByLabel('Countries').fill('US, GB');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Saved: countries.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Runtime (minutes)')).toHaveValue('98');
  await expect(page.getByLabel('Countries')).toHaveValue('US,GB');
});

test('a name whose family name comes first is filed where the editor says, and the A–Z list follows', async ({
  page,
}) => {
  // The rule reads the hyphenated last word as a double-barrelled surname, filing this name under J.
  const name = `Bong E2E${Date.now()} Joon-ho`;
  await page.goto('/admin/people/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit person: ${name}` })).toBeVisible();
  const slug = new URL(page.url()).pathname.replace('/admin/people/', '');
  const listLink = () =>
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'People and companies' });
  await page.goto(`/people/${slug}`);
  await expect(listLink()).toHaveAttribute('href', /letter=j/);

  await page.goto(`/admin/people/${slug}`);
  await expect(page.getByText('Filed under J now.')).toBeVisible();
  await page.getByLabel('Filed under').fill('?!');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Type the name as the list should file it, in letters: Bong Joon-ho.')).toBeVisible();
  await page.getByLabel('Filed under').fill(name);
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Saved: filed under.')).toBeVisible();
  await expect(page.getByText('Filed under B now.')).toBeVisible();

  await page.goto(`/people/${slug}`);
  await expect(listLink()).toHaveAttribute('href', /letter=b/);
  await listLink().click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
});
