// An editor corrects the catalogue: a film's alias added is searchable and shown on the public page at
// once, and removed again; an edition's edit form opens with what is stored.
import { expect, test } from '@playwright/test';
import { EDITOR_STATE } from './accounts';

test.use({ storageState: EDITOR_STATE });

test('an editor adds an alias to a film, sees it in public and in search, then removes it', async ({ page }) => {
  // A marker, not a real title: it exists only for the length of this test.
  const alias = 'Laurels e2e marker alias';
  await page.goto('/admin/films/the-lovers-and-the-despot-2016');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('The Lovers and the Despot');

  await page.getByLabel('Add an alias').fill(alias);
  await page.getByLabel('Add an alias').press('Enter');
  await expect(page.getByRole('button', { name: `Remove alias: ${alias}` })).toBeVisible();

  await page.goto('/films/the-lovers-and-the-despot-2016');
  await expect(page.getByText(alias)).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('laurels e2e marker')}`);
  await expect(page.getByRole('link', { name: 'The Lovers and the Despot' }).first()).toBeVisible();

  await page.goto('/admin/films/the-lovers-and-the-despot-2016');
  await page.getByRole('button', { name: `Remove alias: ${alias}` }).click();
  await expect(page.getByRole('button', { name: `Remove alias: ${alias}` })).toHaveCount(0);
  await page.goto('/films/the-lovers-and-the-despot-2016');
  await expect(page.getByText(alias)).toHaveCount(0);
});

test('the edition form opens with the stored dates and venue', async ({ page }) => {
  await page.goto('/admin/editions/ida-documentary-awards/2016');
  await expect(page.getByLabel(/Ceremony/)).toHaveValue('2016-12-09');
  await expect(page.getByLabel(/Venue/)).toHaveValue('Paramount Theater, Los Angeles');
});

test('a person who is not known is said once, beside the field, with what was typed kept', async ({ page }) => {
  await page.goto('/admin/results/ida-documentary-awards/2016');
  await page
    .getByRole('link', { name: /^Edit nomination: 13th/ })
    .first()
    .click();
  const field = page.getByLabel('Add a person by name');
  await field.fill('Nobody Laurels Knows');
  await page.getByRole('button', { name: 'Add person' }).click();
  const message = 'No person called “Nobody Laurels Knows” is known.';
  await expect(page.getByText(message)).toHaveCount(1);
  await expect(page.getByLabel('Add a person by name')).toHaveValue('Nobody Laurels Knows');
});
