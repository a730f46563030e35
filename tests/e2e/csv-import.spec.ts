// An editor imports nominations from a CSV: uploads a file adding one nomination of a fictional test film
// (a unique title per run) to an old Academy Awards category no other spec asserts, sees the preview,
// applies it, and finds the nomination on the public edition page; a file that takes it back a step is
// applied only once the box says so. A file over the size limit is refused in the form itself.
import { expect, test } from '@playwright/test';
import { EDITOR_STATE } from './accounts';

test.use({ storageState: EDITOR_STATE });

test('an editor previews a CSV, applies it, and sees the new nomination in public', async ({ page }) => {
  // Not a real film: it exists only for this test run.
  const title = `E2E Import Film ${Date.now()}`;
  const csv = [
    'award,edition,category,films,nominees,status',
    `Academy Awards,25th Academy Awards,Documentary (Short Subject),${title},,nominated`,
  ].join('\n');

  await page.goto('/admin/import');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'e2e-import.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Preview the changes' }).click();
  const message = page.locator('#import-message');
  await expect(message).toContainText('Preview of e2e-import.csv: 1 new nomination, 0 status changes');
  await expect(page.getByRole('region', { name: /New nominations to add/ })).toContainText(title);
  await expect(page.getByRole('region', { name: /New films it would create/ })).toContainText(title);

  await page.getByRole('button', { name: /^Apply: 1 new/ }).click();
  await expect(message).toContainText('Imported e2e-import.csv: 1 new nomination');
  await expect(page.getByRole('region', { name: /What was imported/ })).toContainText(title);

  await page.goto('/awards/academy-awards/25th');
  await expect(page.getByText(title)).toBeVisible();

  // A file that takes the nominee back a step (an older list): the preview warns, and the apply writes
  // nothing until the box says the file is the newer record.
  await page.goto('/admin/import');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'e2e-older.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.replace(/nominated$/, 'shortlisted')),
  });
  await page.getByRole('button', { name: 'Preview the changes' }).click();
  await expect(message).toContainText(
    '1 status change would change or undo a result the catalogue records, or take nominees back a step',
  );
  await expect(page.getByRole('region', { name: /Results it would change/ })).toContainText(title);
  await page.getByRole('button', { name: /^Apply: 0 new, 1 status change/ }).click();
  await expect(message).toContainText('Nothing was written.');
  await page.getByLabel(/Change these results/).check();
  await page.getByRole('button', { name: /^Apply: 0 new, 1 status change/ }).click();
  await expect(message).toContainText('Imported e2e-older.csv: 0 new nominations, 1 status change');
});

test('a file over the limit is refused in the form, before it is sent', async ({ page }) => {
  await page.goto('/admin/import');
  const file = page.getByLabel('CSV file');
  await file.setInputFiles({
    name: 'too-large.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
  });
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.getByRole('button', { name: 'Preview the changes' }).click();
  expect(await file.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(
    'The file is larger than 5 MB: split it and import the parts.',
  );
  await expect(page.locator('#import-message')).toBeEmpty();
  expect(posts).toEqual([]);
});
